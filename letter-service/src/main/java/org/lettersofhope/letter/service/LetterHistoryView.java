package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.letter.domain.LetterTransition;

/** A letter's status changes, oldest first, for a caller of the given standing. */
public record LetterHistoryView(List<LetterTransition> steps, Standing standing) {
}
