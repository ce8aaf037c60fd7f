package org.lettersofhope.tally.domain;

/** Where a contribution came from: a kind of ledger entry, or the service whose event made it. */
public enum Source {
    /** A public report-back (ledger). */
    REPORT_BACK,
    /** A partner's or coordinator's bulk entry (ledger). */
    BULK,
    /** A coordinator's adjusting entry (ledger). */
    ADJUSTMENT,
    /** A community event's report-back (volunteer-service's EventReportedBack). */
    EVENT_REPORT,
    /** volunteer-service's volunteer events. */
    VOLUNTEER_SERVICE,
    /** letter-service's letter, advocacy and reply events. */
    LETTER_SERVICE;

    public boolean isLedger() {
        return this == REPORT_BACK || this == BULK || this == ADJUSTMENT;
    }
}
