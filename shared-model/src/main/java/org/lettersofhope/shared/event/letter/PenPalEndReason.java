package org.lettersofhope.shared.event.letter;

/** Why a pen-pal match ended. */
public enum PenPalEndReason {
    RELEASED, DEPORTED, WRITER_PAUSED, WRITER_ERASED, NO_REPLIES, COORDINATOR_DECISION,
    /**
     * Shown by letter-service to anyone but headquarters in place of RELEASED and DEPORTED, which tell a recipient's
     * custody: the recipient cannot receive letters now. Never recorded, never published.
     */
    RECIPIENT_UNAVAILABLE
}
