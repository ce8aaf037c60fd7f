package org.lettersofhope.letter.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerGuidelinesAccepted;
import org.lettersofhope.shared.event.volunteer.VolunteerProfileChanged;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * volunteer-service's events about volunteers, produced to the real broker as volunteer-service would, and a way to
 * wait until letter-service's writer projection shows their effect.
 */
public final class VolunteerEvents {

    private VolunteerEvents() {
    }

    public static <T extends DomainEvent> EventEnvelope publish(EventType<T> type, T payload) {
        EventEnvelope e = EventCodec.wrap(type, "/volunteer-service", payload);
        KafkaTestClient.produce(Topics.VOLUNTEERS, e.partitionkey(), EventCodec.encode(e));
        return e;
    }

    public static void registered(UUID volunteer, UUID chapter, String region, Set<VolunteerRole> roles,
            Set<String> languages) {
        publish(EventTypes.VOLUNTEER_REGISTERED,
                new VolunteerRegistered(volunteer, Instant.now(), region, chapter, roles, languages));
    }

    public static void statusChanged(UUID volunteer, VolunteerStatus from, VolunteerStatus to, UUID chapter,
            String region) {
        publish(EventTypes.VOLUNTEER_STATUS_CHANGED,
                new VolunteerStatusChanged(volunteer, from, to, region, chapter, Instant.now()));
    }

    public static void profileChanged(UUID volunteer, UUID chapter, String region, Set<VolunteerRole> roles,
            Set<String> languages) {
        publish(EventTypes.VOLUNTEER_PROFILE_CHANGED,
                new VolunteerProfileChanged(volunteer, roles, languages, region, chapter, Instant.now()));
    }

    public static void guidelinesAccepted(UUID volunteer, String version) {
        publish(EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED,
                new VolunteerGuidelinesAccepted(volunteer, version, Instant.now()));
    }

    public static void erased(UUID volunteer, UUID chapter) {
        publish(EventTypes.VOLUNTEER_ERASED, new VolunteerErased(volunteer, "US-CA", chapter, Instant.now()));
    }

    /** Reads the projection's row for the volunteer, as the service sees it now. */
    public static Optional<Writer> writer(UUID volunteer) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(WriterRepository.class).get()
                .find(volunteer));
    }

    /** Waits until the projection's row for the volunteer satisfies the condition. */
    public static Writer awaitWriter(UUID volunteer, Predicate<Writer> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> writer(volunteer).filter(condition).orElse(null), w -> w != null);
    }

    /**
     * A volunteer who is ACTIVE, a weekly letter writer in the given languages, in the chapter and region, and has
     * accepted the given guidelines version; answers once the projection shows all of it.
     */
    public static UUID activeWeeklyWriter(UUID chapter, String region, String guidelinesVersion,
            String... languages) {
        UUID volunteer = UUID.randomUUID();
        registered(volunteer, chapter, region, Set.of(VolunteerRole.WEEKLY_LETTER_WRITER), Set.of(languages));
        statusChanged(volunteer, VolunteerStatus.APPLIED, VolunteerStatus.ACTIVE, chapter, region);
        if (guidelinesVersion != null) {
            guidelinesAccepted(volunteer, guidelinesVersion);
        }
        awaitWriter(volunteer, w -> w.status == VolunteerStatus.ACTIVE
                && (guidelinesVersion == null || guidelinesVersion.equals(w.guidelinesVersion)));
        return volunteer;
    }
}
