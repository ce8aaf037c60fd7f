package org.lettersofhope.letter.service;

import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.RecipientCard;

/**
 * A letter as one caller may see it. {@code headquarters} sees everything (a quick note's text included);
 * {@code staff} (a chapter's coordinators and partner key) also see the facility; a writer sees their letter and their
 * recipient's display name and language.
 */
public record LetterView(Letter letter, RecipientCard recipient, boolean headquarters, boolean staff) {
}
