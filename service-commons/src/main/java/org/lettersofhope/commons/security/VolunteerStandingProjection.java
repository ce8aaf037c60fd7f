package org.lettersofhope.commons.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;

/**
 * Keeps this service's copy of who left and who was erased, from volunteer-service's events, for
 * {@link VolunteerStandings}. Erasure is for good; leaving lasts until a coordinator moves the volunteer on again.
 */
@ApplicationScoped
public class VolunteerStandingProjection implements EventHandler {

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "volunteer-standing";
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.VOLUNTEER_ERASED,
                        (VolunteerErased e) -> set(e.volunteerId(), VolunteerStandings.ERASED, e.erasedAt()))
                .on(EventTypes.VOLUNTEER_STATUS_CHANGED, this::statusChanged)
                .build();
    }

    private void statusChanged(VolunteerStatusChanged changed) {
        if (changed.to() == VolunteerStatus.LEFT) {
            set(changed.volunteerId(), VolunteerStandings.LEFT, changed.changedAt());
        } else if (changed.to() != null) {
            // Back in the lifecycle: no longer a former volunteer. A status this reader does not know changes nothing.
            em.createNativeQuery("delete from volunteer_standing where volunteer_id = :id and standing = 'LEFT'")
                    .setParameter("id", changed.volunteerId())
                    .executeUpdate();
        }
    }

    /** Erased stays erased whatever comes after it. */
    private void set(UUID volunteer, String standing, Instant since) {
        em.createNativeQuery("insert into volunteer_standing (volunteer_id, standing, since) values (:id, :standing, "
                + ":since) on conflict (volunteer_id) do update set standing = excluded.standing, since = excluded.since "
                + "where volunteer_standing.standing <> 'ERASED'")
                .setParameter("id", volunteer)
                .setParameter("standing", standing)
                .setParameter("since", since == null ? Instant.now() : since)
                .executeUpdate();
    }
}
