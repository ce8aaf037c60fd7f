package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.Recipient;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.RecipientRepository;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.PieceKind;

/**
 * Quick notes from the public. The writer does not choose who receives it, and learns nothing about them: the service
 * gives it to the recipient who has waited longest for a note among those who consent to letters and are held at an
 * active facility, preferring those whose language is the note's. The note is at headquarters already (it is printed
 * there), so it starts RECEIVED and goes to review like any letter.
 */
@ApplicationScoped
public class QuickNoteService {

    @Inject
    RecipientRepository recipients;

    @Inject
    LetterService letters;

    /** The new letter; 409 when nobody can receive a note now. */
    @Transactional
    public Letter send(QuickNote note) {
        String language = note.language() == null ? null
                : note.language().strip().split("-")[0].toLowerCase(Locale.ROOT);
        Optional<Recipient> next = language == null ? Optional.empty() : recipients.nextForQuickNote(language);
        Recipient r = next.or(() -> recipients.nextForQuickNote(null)).orElseThrow(() -> ProblemException.conflict(
                "No one can receive a quick note right now. Please try again later."));
        r.lastQuickNoteAt = Instant.now();
        RecipientCard card = recipients.card(r.id).orElseThrow();
        LetterForm form = new LetterForm(PieceKind.LETTER, LetterOrigin.QUICK_NOTE, r.id, null, null, null, null,
                note.region());
        return letters.newLetter(form, card, LetterStatus.RECEIVED, null, null,
                new QuickNote(note.text().strip(), Texts.blankToNull(note.writerFirstName()),
                        Texts.blankToNull(note.language()), note.region()));
    }
}
