package org.lettersofhope.letter.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lettersofhope.letter.support.VolunteerEvents.awaitWriter;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

import io.quarkus.test.junit.QuarkusTest;

/** letter-service's projection of volunteer-service's events, fed through the real broker. */
@QuarkusTest
class WriterProjectionTest {

    @Test
    void followsAVolunteerFromRegistrationToActiveWithGuidelines() {
        UUID v = UUID.randomUUID();
        UUID chapter = UUID.randomUUID();
        VolunteerEvents.registered(v, chapter, "us-ca", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER,
                VolunteerRole.QUICK_NOTES), Set.of("ES", "en", "not a language"));
        Writer registered = awaitWriter(v, w -> w.status != null);
        assertEquals(VolunteerStatus.APPLIED, registered.status);
        assertArrayEquals(new String[] { "QUICK_NOTES", "WEEKLY_LETTER_WRITER" }, registered.roles);
        assertArrayEquals(new String[] { "en", "es" }, registered.languages);
        assertEquals("US-CA", registered.region);
        assertEquals(chapter, registered.chapterId);

        VolunteerEvents.statusChanged(v, VolunteerStatus.APPLIED, VolunteerStatus.ACTIVE, chapter, "US-CA");
        VolunteerEvents.guidelinesAccepted(v, "2026.7");
        Writer active = awaitWriter(v, w -> "2026.7".equals(w.guidelinesVersion));
        assertEquals(VolunteerStatus.ACTIVE, active.status);
        assertNotNull(active.guidelinesAcceptedAt);
    }

    @Test
    void aProfileChangeReplacesRolesLanguagesAndChapter() {
        UUID v = UUID.randomUUID();
        VolunteerEvents.registered(v, null, "US-TX", Set.of(VolunteerRole.QUICK_NOTES), Set.of("en"));
        awaitWriter(v, w -> w.status != null);
        UUID chapter = UUID.randomUUID();
        VolunteerEvents.profileChanged(v, chapter, "US-NM", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER),
                Set.of("pt-br", "fr"));
        Writer changed = awaitWriter(v, w -> chapter.equals(w.chapterId));
        assertArrayEquals(new String[] { "WEEKLY_LETTER_WRITER" }, changed.roles);
        assertArrayEquals(new String[] { "fr", "pt-br" }, changed.languages);
        assertEquals("US-NM", changed.region);
    }

    @Test
    void anErasedVolunteerIsForgottenBeyondTheirIdAndStaysErased() {
        UUID v = VolunteerEvents.activeWeeklyWriter(UUID.randomUUID(), "US-CA", "2026.1", "es");
        VolunteerEvents.erased(v, null);
        Writer erased = awaitWriter(v, Writer::isErased);
        assertEquals(VolunteerStatus.LEFT, erased.status);
        assertEquals(0, erased.languages.length);
        assertEquals(0, erased.roles.length);
        assertNull(erased.guidelinesVersion);

        // Whatever arrives later about an erased id does not bring the data back.
        VolunteerEvents.profileChanged(v, null, "US-CA", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER), Set.of("es"));
        VolunteerEvents.guidelinesAccepted(v, "2026.2");
        VolunteerEvents.statusChanged(v, VolunteerStatus.LEFT, VolunteerStatus.ACTIVE, null, "US-CA");
        UUID marker = UUID.randomUUID();
        VolunteerEvents.registered(marker, null, "US-CA", Set.of(), Set.of());
        awaitWriter(marker, w -> true);
        Writer still = VolunteerEvents.writer(v).orElseThrow();
        assertEquals(VolunteerStatus.LEFT, still.status);
        assertEquals(0, still.languages.length);
        assertNull(still.guidelinesVersion);
    }

    @Test
    void anUnreadableRecordDoesNotStopTheProjection() {
        KafkaTestClient.produce(Topics.VOLUNTEERS, UUID.randomUUID().toString(),
                "not a cloud event".getBytes(StandardCharsets.UTF_8));
        KafkaTestClient.produce(Topics.VOLUNTEERS, UUID.randomUUID().toString(),
                ("{\"specversion\":\"1.0\",\"id\":\"x-" + UUID.randomUUID() + "\",\"source\":\"/t\","
                        + "\"type\":\"org.lettersofhope.volunteer.registered.v1\",\"data\":{\"volunteerId\":42}}")
                        .getBytes(StandardCharsets.UTF_8));
        UUID v = UUID.randomUUID();
        VolunteerEvents.registered(v, null, "US-CA", Set.of(VolunteerRole.QUICK_NOTES), Set.of("en"));
        awaitWriter(v, w -> w.status == VolunteerStatus.APPLIED);
    }
}
