package org.lettersofhope.letter.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.lettersofhope.shared.event.letter.LetterStatusReason;
import org.lettersofhope.shared.event.letter.PenPalEndReason;

/**
 * What a caller may be told of letters, their history, replies and pen-pal matches, by the caller's verified standing
 * ({@link Access#standing()}). Every view of those records asks here; no response decides it for itself.
 * <p>
 * A recipient's custody (release, deportation, transfer) is headquarters' to know. Everyone else — writers, a
 * chapter's coordinators and its partner key — is shown {@code RECIPIENT_UNAVAILABLE} (the recipient cannot receive
 * letters now) in place of a reason that tells it, in responses and in filters alike.
 */
public enum Standing {

    /** An admin, or a coordinator of headquarters: sees everything, the mail room included. */
    HEADQUARTERS,
    /** A chapter's coordinator or partner key: their chapter's letters with the facility, no custody. */
    CHAPTER_STAFF,
    /** A volunteer (and any other caller): their own letters and replies, no facility, no custody. */
    WRITER;

    /** Reasons that tell where a recipient stands in custody. */
    static final Set<LetterStatusReason> CUSTODY_LETTER_REASONS = EnumSet.of(LetterStatusReason.RECIPIENT_RELEASED,
            LetterStatusReason.RECIPIENT_DEPORTED, LetterStatusReason.RELEASED, LetterStatusReason.DEPORTED,
            LetterStatusReason.TRANSFERRED);
    static final Set<PenPalEndReason> CUSTODY_END_REASONS = EnumSet.of(PenPalEndReason.RELEASED,
            PenPalEndReason.DEPORTED);

    public boolean isHeadquarters() {
        return this == HEADQUARTERS;
    }

    /** Where a letter is mailed: headquarters and the chapter's staff. */
    public boolean seesFacility() {
        return this != WRITER;
    }

    /** Why a letter stopped or came back, as this caller is told it; null stays null. */
    public LetterStatusReason shown(LetterStatusReason stored) {
        if (stored == null || isHeadquarters() || !CUSTODY_LETTER_REASONS.contains(stored)) {
            return stored;
        }
        return LetterStatusReason.RECIPIENT_UNAVAILABLE;
    }

    /** Why a match ended, as this caller is told it; null stays null. */
    public PenPalEndReason shown(PenPalEndReason stored) {
        if (stored == null || isHeadquarters() || !CUSTODY_END_REASONS.contains(stored)) {
            return stored;
        }
        return PenPalEndReason.RECIPIENT_UNAVAILABLE;
    }

    /**
     * The stored reasons this caller is shown as one of {@code asked}: a filter matches what the caller would see, so
     * that filtering tells no more than reading. Empty when nothing is shown so (a custody reason asked by anyone but
     * headquarters, or RECIPIENT_UNAVAILABLE asked by headquarters).
     */
    public Set<LetterStatusReason> storedAs(Collection<LetterStatusReason> asked) {
        Set<LetterStatusReason> stored = EnumSet.noneOf(LetterStatusReason.class);
        for (LetterStatusReason r : LetterStatusReason.values()) {
            if (asked.contains(shown(r))) {
                stored.add(r);
            }
        }
        return stored;
    }
}
