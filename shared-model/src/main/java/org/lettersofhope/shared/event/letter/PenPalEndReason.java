package org.lettersofhope.shared.event.letter;

/** Why a pen-pal match ended. */
public enum PenPalEndReason {
    RELEASED, DEPORTED, WRITER_PAUSED, WRITER_ERASED, NO_REPLIES, COORDINATOR_DECISION
}
