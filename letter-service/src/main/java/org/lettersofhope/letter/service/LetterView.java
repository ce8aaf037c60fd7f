package org.lettersofhope.letter.service;

import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.RecipientCard;

/**
 * A letter for one caller: what of it they are shown is their {@link Standing}'s to say (headquarters everything, a
 * quick note's text included; a chapter's staff also the facility; a writer their letter and their recipient's display
 * name and language; custody reasons to headquarters only).
 */
public record LetterView(Letter letter, RecipientCard recipient, Standing standing) {
}
