package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.persistence.UniqueViolations;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.domain.VolunteerStatus;

@ApplicationScoped
public class VolunteerService {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    Outbox outbox;

    /**
     * Signs a person up. The same email signing up again updates the existing record and emits no second
     * registration, so counts stay true; the caller cannot tell which of the two happened.
     */
    public UUID register(VolunteerRegistration form) {
        // Two sign-ups with the same new email at once: the loser retries and updates the winner's record.
        return UniqueViolations.retryOnce(() -> upsert(form));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    UUID upsert(VolunteerRegistration form) {
        String email = form.email().trim().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        Volunteer v = volunteers.findByEmailForUpdate(email).orElse(null);
        boolean isNew = v == null;
        if (isNew) {
            v = new Volunteer();
            v.id = UUID.randomUUID();
            v.email = email;
            v.status = VolunteerStatus.APPLIED;
            v.createdAt = now;
        }
        v.firstName = form.firstName().strip();
        v.lastName = form.lastName().strip();
        v.postalCode = form.postalCode().strip().toUpperCase(Locale.ROOT);
        v.region = Regions.normalize(form.region().strip());
        v.roles = form.roles().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toArray(String[]::new);
        v.updatedAt = now;
        if (isNew) {
            volunteers.persist(v);
            outbox.record(EventTypes.VOLUNTEER_REGISTERED,
                    new VolunteerRegistered(v.id, now, v.region, null, roles(v)));
        }
        return v.id;
    }

    private static Set<VolunteerRole> roles(Volunteer v) {
        Set<VolunteerRole> roles = EnumSet.noneOf(VolunteerRole.class);
        for (String r : v.roles) {
            roles.add(VolunteerRole.valueOf(r));
        }
        return roles;
    }
}
