package org.lettersofhope.shared.event.volunteer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * What other services may know of a volunteer changed: the ways they help, their languages, region or chapter.
 * Sent only when one of these changed; personal details changing is nobody else's business.
 */
public record VolunteerProfileChanged(UUID volunteerId, Set<VolunteerRole> roles, Set<String> languages,
        String region, UUID chapterId, Instant changedAt) implements DomainEvent {

    public VolunteerProfileChanged {
        DomainEvent.requireId(volunteerId, "volunteerId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
