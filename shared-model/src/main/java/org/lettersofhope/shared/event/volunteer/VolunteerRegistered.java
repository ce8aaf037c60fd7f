package org.lettersofhope.shared.event.volunteer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A person signed up to help. Deliberately carries no name, email or postal code: only the coarse region (an ISO
 * 3166-2 subdivision code such as {@code US-CA}), the chapter, the ways they help and the languages they write in
 * (ISO 639-1 codes, for pen-pal matching).
 */
public record VolunteerRegistered(UUID volunteerId, Instant registeredAt, String region, UUID chapterId,
        Set<VolunteerRole> roles, Set<String> languages) implements DomainEvent {

    public VolunteerRegistered {
        DomainEvent.requireId(volunteerId, "volunteerId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
