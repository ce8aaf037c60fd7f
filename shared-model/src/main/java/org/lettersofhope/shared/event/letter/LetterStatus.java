package org.lettersofhope.shared.event.letter;

/** Where a solidarity letter is on its way: logged → received → approved or held back → batched → mailed → returned. */
public enum LetterStatus {
    LOGGED, RECEIVED, APPROVED, HELD_BACK, BATCHED, MAILED, RETURNED
}
