package org.lettersofhope.tally.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.total;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.community.AttendanceRecorded;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;

/** Community events' report-backs through the real broker: a correction replaces, duplicates change nothing. */
@QuarkusTest
class CommunityEventsCountingTest {

    static EventEnvelope report(TestCampaign c, UUID eventId, UUID chapter, int letters, int postcards,
            int attendees, int revision) {
        return EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK, "/volunteer-service",
                new EventReportedBack(eventId, CommunityEventKind.POSTCARD_PARTY, LocalDate.now().minusDays(1),
                        "US-TX", chapter, c.id(), letters, postcards, attendees, revision, Instant.now()));
    }

    @Test
    void anEventReportCountsTheEventItsPeopleAndWhatTheyWrote() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = UUID.randomUUID();
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, report(c, UUID.randomUUID(), chapter, 40, 25, 12, 1));
        awaitTotal(c, "EVENTS_HELD", 1);
        awaitTotal(c, "ACTIONS", 65);
        assertEquals(12, total(c, "EVENT_ATTENDEES"));
        assertEquals(40, total(c, "EVENT_LETTERS_WRITTEN"));
        assertEquals(25, total(c, "EVENT_POSTCARDS_WRITTEN"));
    }

    @Test
    void aCorrectionReplacesTheReportAndALateOlderRevisionChangesNothing() {
        TestCampaign c = TallyFixtures.campaign();
        UUID event = UUID.randomUUID();
        UUID chapter = UUID.randomUUID();
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, report(c, event, chapter, 40, 0, 10, 1));
        awaitTotal(c, "EVENT_LETTERS_WRITTEN", 40);
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, report(c, event, chapter, 45, 5, 11, 2));
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, report(c, event, chapter, 99, 99, 99, 1));
        EventEnvelope marker = report(c, UUID.randomUUID(), chapter, 1, 0, 1, 1);
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, marker);
        awaitTotal(c, "EVENTS_HELD", 2);
        assertEquals(46, total(c, "EVENT_LETTERS_WRITTEN"));
        assertEquals(5, total(c, "EVENT_POSTCARDS_WRITTEN"));
        assertEquals(12, total(c, "EVENT_ATTENDEES"));
        assertEquals(51, total(c, "ACTIONS"));
    }

    @Test
    void redeliveredReportsAndAttendanceMarksAddNothing() {
        TestCampaign c = TallyFixtures.campaign();
        UUID event = UUID.randomUUID();
        UUID chapter = UUID.randomUUID();
        EventEnvelope once = report(c, event, chapter, 30, 0, 8, 1);
        for (int i = 0; i < 3; i++) {
            TallyFixtures.publish(Topics.COMMUNITY_EVENTS, once);
        }
        // Attendance marks are not a second source of attendees: the report's head count is.
        TallyFixtures.publish(EventTypes.EVENT_ATTENDANCE_RECORDED, new AttendanceRecorded(event, "US-TX", chapter,
                c.id(), 7, 1, Instant.now()));
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, report(c, UUID.randomUUID(), chapter, 0, 0, 2, 1));
        awaitTotal(c, "EVENTS_HELD", 2);
        assertEquals(30, total(c, "EVENT_LETTERS_WRITTEN"));
        assertEquals(10, total(c, "EVENT_ATTENDEES"));
        assertEquals(30, total(c, "ACTIONS"));
    }
}
