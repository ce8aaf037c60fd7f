package org.lettersofhope.letter.domain;

import java.util.EnumSet;
import java.util.Set;

import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

/**
 * The one place that says how a letter may move and with what reason:
 * <pre>
 * LOGGED → RECEIVED → APPROVED | HELD_BACK
 * APPROVED → BATCHED (mail batches only) | HELD_BACK
 * BATCHED → MAILED (mail batches only) | APPROVED (taken out of its batch) | HELD_BACK (custody ended)
 * HELD_BACK → APPROVED (reconsidered)
 * MAILED → RETURNED
 * </pre>
 * Letters not yet mailed (LOGGED, RECEIVED as well) are also held back when their recipient leaves custody.
 */
public final class LetterLifecycle {

    public static final Set<LetterStatusReason> GUIDELINE_REASONS = EnumSet.of(LetterStatusReason.LEGAL_ADVICE,
            LetterStatusReason.PROMISES, LetterStatusReason.PERSONAL_CONTACT_DETAILS, LetterStatusReason.CONTENT,
            LetterStatusReason.FACILITY_RULE);
    public static final Set<LetterStatusReason> RETURN_REASONS = EnumSet.of(LetterStatusReason.TRANSFERRED,
            LetterStatusReason.RELEASED, LetterStatusReason.DEPORTED, LetterStatusReason.REFUSED_BY_FACILITY,
            LetterStatusReason.UNKNOWN);
    public static final Set<LetterStatusReason> CUSTODY_REASONS = EnumSet.of(LetterStatusReason.RECIPIENT_RELEASED,
            LetterStatusReason.RECIPIENT_DEPORTED);

    /** Statuses only mail batches lead to. */
    public static final Set<LetterStatus> BATCH_ONLY = EnumSet.of(LetterStatus.BATCHED, LetterStatus.MAILED);

    /** Not yet mailed: still with headquarters or on its way there. */
    public static final Set<LetterStatus> UNMAILED = EnumSet.of(LetterStatus.LOGGED, LetterStatus.RECEIVED,
            LetterStatus.APPROVED, LetterStatus.BATCHED);

    private LetterLifecycle() {
    }

    public static Set<LetterStatus> allowedNext(LetterStatus from) {
        return switch (from) {
            case LOGGED -> EnumSet.of(LetterStatus.RECEIVED, LetterStatus.HELD_BACK);
            case RECEIVED -> EnumSet.of(LetterStatus.APPROVED, LetterStatus.HELD_BACK);
            case APPROVED -> EnumSet.of(LetterStatus.BATCHED, LetterStatus.HELD_BACK);
            case BATCHED -> EnumSet.of(LetterStatus.MAILED, LetterStatus.APPROVED, LetterStatus.HELD_BACK);
            case HELD_BACK -> EnumSet.of(LetterStatus.APPROVED);
            case MAILED -> EnumSet.of(LetterStatus.RETURNED);
            case RETURNED -> EnumSet.noneOf(LetterStatus.class);
        };
    }

    /** Where a coordinator may move a letter by hand: everything but what mail batches do. */
    public static Set<LetterStatus> allowedByHand(LetterStatus from) {
        Set<LetterStatus> next = EnumSet.noneOf(LetterStatus.class);
        next.addAll(allowedNext(from));
        next.removeAll(BATCH_ONLY);
        if (from == LetterStatus.BATCHED) {
            // Taking a letter out of its batch is done on the batch.
            next.remove(LetterStatus.APPROVED);
        }
        if (from == LetterStatus.LOGGED) {
            // Only a custody change holds back a letter not yet at headquarters.
            next.remove(LetterStatus.HELD_BACK);
        }
        return next;
    }

    /**
     * The reasons that fit a move to {@code to}: guideline or custody reasons for HELD_BACK, return reasons for
     * RETURNED, none otherwise.
     */
    public static Set<LetterStatusReason> reasonsFor(LetterStatus to) {
        return switch (to) {
            case HELD_BACK -> {
                Set<LetterStatusReason> reasons = EnumSet.copyOf(GUIDELINE_REASONS);
                reasons.addAll(CUSTODY_REASONS);
                yield reasons;
            }
            case RETURNED -> RETURN_REASONS;
            default -> EnumSet.noneOf(LetterStatusReason.class);
        };
    }
}
