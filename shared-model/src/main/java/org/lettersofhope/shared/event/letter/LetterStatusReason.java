package org.lettersofhope.shared.event.letter;

/**
 * Why a letter stopped or came back. Guideline reasons hold a letter back at review; return reasons come with mail a
 * facility sent back; custody reasons hold unmailed letters when the recipient left detention.
 */
public enum LetterStatusReason {
    // guideline reasons, at review
    LEGAL_ADVICE, PROMISES, PERSONAL_CONTACT_DETAILS, CONTENT, FACILITY_RULE,
    // returned by the facility
    TRANSFERRED, RELEASED, DEPORTED, REFUSED_BY_FACILITY, UNKNOWN,
    // held because the recipient is no longer reachable by mail
    RECIPIENT_RELEASED, RECIPIENT_DEPORTED,
    /**
     * Shown by letter-service to anyone but headquarters in place of a reason that tells a recipient's custody
     * (RECIPIENT_RELEASED, RECIPIENT_DEPORTED and the returns TRANSFERRED, RELEASED, DEPORTED): the recipient cannot
     * receive letters now. Never recorded, never published.
     */
    RECIPIENT_UNAVAILABLE
}
