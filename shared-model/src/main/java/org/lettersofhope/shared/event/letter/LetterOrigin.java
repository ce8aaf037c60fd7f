package org.lettersofhope.shared.event.letter;

/** How a piece came to be written. */
public enum LetterOrigin {
    PEN_PAL, QUICK_NOTE, EVENT, SELF_MAILED_ADVOCACY
}
