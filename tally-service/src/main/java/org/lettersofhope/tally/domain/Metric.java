package org.lettersofhope.tally.domain;

import java.util.Locale;

/**
 * What tally-service counts. Each metric has exactly one source, named here and in docs/tallies.md, so that nothing
 * is counted twice; metrics are reported side by side and never added to each other.
 */
public enum Metric {
    /**
     * The campaign's goal metric: actions taken for it. Sources, each counting different acts: the ledger (public
     * report-backs, partners' bulk entries, coordinators' adjustments), event report-backs' letters and postcards
     * (latest revision), letter-service's self-mailed advocacy pieces (AdvocacyPiecesLogged) and letters logged at
     * headquarters as pen-pal letters or quick notes (LetterLogged). Letters logged with origin EVENT or
     * SELF_MAILED_ADVOCACY are left out here: the event's report-back and AdvocacyPiecesLogged already count them.
     */
    ACTIONS,
    /** VolunteerRegistered. */
    VOLUNTEERS_REGISTERED,
    /** EventReportedBack: one per reported event, whatever its revisions. */
    EVENTS_HELD,
    /** EventReportedBack's attendees (the host's head count), latest revision. AttendanceRecorded is not counted. */
    EVENT_ATTENDEES,
    /** EventReportedBack's lettersWritten, latest revision. */
    EVENT_LETTERS_WRITTEN,
    /** EventReportedBack's postcardsWritten, latest revision. */
    EVENT_POSTCARDS_WRITTEN,
    /** LetterLogged, every origin: pieces headquarters logged. */
    LETTERS_LOGGED,
    /** LetterStatusChanged to RECEIVED. */
    LETTERS_RECEIVED,
    /** LetterStatusChanged to APPROVED. */
    LETTERS_APPROVED,
    /** LetterStatusChanged to MAILED (per letter; a mail batch's letterCount is not added again). */
    LETTERS_MAILED,
    /** LetterStatusChanged to RETURNED. */
    LETTERS_RETURNED,
    /** AdvocacyPiecesLogged's count, per target: pieces volunteers mailed to officials and logged in letter-service. */
    ADVOCACY_PIECES_LOGGED,
    /** ReplyReceived. */
    REPLIES_RECEIVED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
