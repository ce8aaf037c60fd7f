package org.lettersofhope.volunteer.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EventRsvpRepository implements PanacheRepositoryBase<EventRsvp, UUID> {

    public Optional<EventRsvp> findOfEvent(UUID eventId, UUID rsvpId) {
        return find("id = ?1 and eventId = ?2", rsvpId, eventId).firstResultOptional();
    }

    public Optional<EventRsvp> findByVolunteer(UUID eventId, UUID volunteerId) {
        return find("eventId = ?1 and volunteerId = ?2", eventId, volunteerId).firstResultOptional();
    }

    /** @param normalizedEmail an email already lower-cased */
    public Optional<EventRsvp> findByEmail(UUID eventId, String normalizedEmail) {
        return find("eventId = ?1 and email = ?2", eventId, normalizedEmail).firstResultOptional();
    }

    public long count(UUID eventId, RsvpStatus status) {
        return count("eventId = ?1 and status = ?2", eventId, status);
    }

    /** How many RSVPs of each event have the status; events with none are absent. */
    public Map<UUID, Long> countByEvent(Collection<UUID> eventIds, RsvpStatus status) {
        Map<UUID, Long> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("select r.eventId, count(r) from EventRsvp r "
                + "where r.eventId in :ids and r.status = :status group by r.eventId", Object[].class)
                .setParameter("ids", eventIds).setParameter("status", status).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    public long countAttendance(UUID eventId, Attendance attendance) {
        return count("eventId = ?1 and status = ?2 and attendance = ?3", eventId, RsvpStatus.CONFIRMED, attendance);
    }

    /** The waitlisted RSVP that has waited longest: the next to get a place. */
    public Optional<EventRsvp> firstWaitlisted(UUID eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("waitlistedAt").and("id"), eventId,
                RsvpStatus.WAITLISTED).firstResultOptional();
    }

    /** 1 for the next in line, in the same order as {@link #firstWaitlisted}. */
    public long waitlistPosition(EventRsvp rsvp) {
        return 1 + count("eventId = ?1 and status = ?2 and (waitlistedAt < ?3 or (waitlistedAt = ?3 and id < ?4))",
                rsvp.eventId, RsvpStatus.WAITLISTED, rsvp.waitlistedAt, rsvp.id);
    }

    /** An event's RSVPs but the unconfirmed guests', in the order they registered. */
    public List<EventRsvp> listForEvent(UUID eventId) {
        return list("eventId = ?1 and status <> ?2", Sort.by("createdAt").and("id"), eventId, RsvpStatus.PENDING);
    }

    /** Guests' RSVPs that were never confirmed and have lapsed. */
    public long deleteLapsed(java.time.Instant now) {
        return delete("status = ?1 and pendingUntil <= ?2", RsvpStatus.PENDING, now);
    }

    /** A volunteer's RSVPs across events, newest first. */
    public PanacheQuery<EventRsvp> findAllByVolunteer(UUID volunteerId) {
        return find("volunteerId", Sort.by("createdAt").descending().and("id"), volunteerId);
    }

    public boolean isConfirmed(UUID eventId, UUID volunteerId) {
        return count("eventId = ?1 and volunteerId = ?2 and status = ?3", eventId, volunteerId,
                RsvpStatus.CONFIRMED) > 0;
    }

    /**
     * A person's RSVPs: those made with their token, and those made as a guest with their email (already
     * lower-cased; null for none).
     */
    public List<EventRsvp> ofPerson(UUID volunteerId, String normalizedEmail) {
        if (normalizedEmail == null) {
            return list("volunteerId", Sort.by("eventId").and("id"), volunteerId);
        }
        return list("volunteerId = ?1 or email = ?2", Sort.by("eventId").and("id"), volunteerId, normalizedEmail);
    }
}
