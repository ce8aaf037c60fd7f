package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.Campaign;
import org.lettersofhope.letter.domain.CampaignRepository;
import org.lettersofhope.letter.domain.CampaignStatus;
import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.LetterLifecycle;
import org.lettersofhope.letter.domain.LetterRepository;
import org.lettersofhope.letter.domain.LetterSearch;
import org.lettersofhope.letter.domain.LetterTransitionRepository;
import org.lettersofhope.letter.domain.PenPalMatch;
import org.lettersofhope.letter.domain.PenPalMatchRepository;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

import io.quarkus.security.ForbiddenException;

/**
 * Solidarity letters from logging to review. Headquarters logs what it receives (RECEIVED) and moves letters along;
 * a volunteer logs a letter they sent to headquarters to their current pen pal (LOGGED), as does a chapter's
 * coordinator or partner key for their chapter to the current pen pal of one of its writers. Finders answer empty
 * for a letter outside the caller's reach; what a caller sees of a letter is their {@link Standing}'s to say.
 */
@ApplicationScoped
public class LetterService {

    @Inject
    LetterRepository letters;

    @Inject
    LetterTransitionRepository transitionHistory;

    @Inject
    RecipientDirectory directory;

    @Inject
    LetterTransitions transitions;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Inject
    CampaignRepository campaigns;

    @Inject
    PenPalMatchRepository matches;

    @Inject
    WriterRepository writers;

    /** Who is logging, for whom the letter counts, and to whom it goes. */
    private record Author(LetterStatus startsAs, UUID writerId, UUID chapterId, UUID recipientId) {
    }

    @Transactional
    public LetterView log(LetterForm form) {
        if (form.origin() == LetterOrigin.QUICK_NOTE) {
            throw ProblemException.invalidField("origin", "quick notes are sent to /api/quick-notes");
        }
        if (form.origin() == LetterOrigin.SELF_MAILED_ADVOCACY) {
            throw ProblemException.invalidField("origin", "self-mailed advocacy pieces are reported as advocacy logs");
        }
        Author author = author(form);
        RecipientCard recipient = reachableRecipient(author.recipientId());
        Letter l = newLetter(form, recipient, author.startsAs(), author.writerId(), author.chapterId(), null);
        return view(l, recipient);
    }

    /**
     * Creates the letter in {@code status}, its first history entry and the {@code LetterLogged} event. The caller
     * has checked that the recipient takes letters. {@code note} is a quick note's content, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Letter newLetter(LetterForm form, RecipientCard recipient, LetterStatus status, UUID writerId, UUID chapterId,
            QuickNote note) {
        if (form.campaignId() != null) {
            requireSolidarityCampaign(form.campaignId());
        }
        Instant now = Instant.now();
        Letter l = new Letter();
        l.id = UUID.randomUUID();
        l.kind = form.kind();
        l.origin = form.origin();
        l.status = status;
        l.recipientId = recipient.id();
        l.facilityId = recipient.facilityId();
        l.writerId = writerId;
        l.chapterId = chapterId;
        l.campaignId = form.campaignId();
        l.region = form.region() != null ? Regions.normalize(form.region().strip()) : recipient.facilityRegion();
        if (note != null) {
            l.noteText = note.text();
            l.noteWriterName = note.writerFirstName();
            l.noteLanguage = note.language();
        }
        l.createdAt = now;
        l.updatedAt = now;
        letters.insertNew(l, UUID.randomUUID(), access.actor(), outbox.row(EventTypes.LETTER_LOGGED,
                new LetterLogged(l.id, l.kind, l.origin, l.campaignId, l.recipientId, l.facilityId, l.writerId,
                        l.chapterId, l.region, now)));
        return l;
    }

    /**
     * A letter counts towards a campaign only if that is a published solidarity campaign: tally-service counts it
     * against that campaign's goal, so an unknown id, a draft or an advocacy campaign is refused.
     */
    private void requireSolidarityCampaign(UUID campaignId) {
        Campaign c = campaigns.findShared(campaignId)
                .orElseThrow(() -> ProblemException.invalidField("campaignId", "no such campaign"));
        if (c.status == CampaignStatus.DRAFT) {
            throw ProblemException.invalidField("campaignId", "the campaign is not published");
        }
        if (c.kind != CampaignKind.SOLIDARITY) {
            throw ProblemException.invalidField("campaignId",
                    "letters to detained people belong to SOLIDARITY campaigns; advocacy pieces are logged as such");
        }
    }

    /** Headquarters moves a letter by hand: receive, approve, hold back with a guideline reason, mark returned. */
    @Transactional
    public Optional<LetterView> transition(UUID id, LetterStatus to, LetterStatusReason reason) {
        access.requireHeadquarters();
        Optional<Letter> found = letters.findForUpdate(id);
        found.ifPresent(l -> {
            if (!LetterLifecycle.allowedByHand(l.status).contains(to)) {
                throw ProblemException.illegalTransition(l.status, to, LetterLifecycle.allowedByHand(l.status));
            }
            if (to == LetterStatus.HELD_BACK && reason != null && LetterLifecycle.CUSTODY_REASONS.contains(reason)) {
                throw ProblemException.invalidField("reason", "custody reasons are set when a recipient's custody "
                        + "changes; hold back with a guideline reason");
            }
            transitions.move(l, to, reason, access.actor(), Instant.now());
        });
        return found.map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LetterView> find(UUID id) {
        return letters.find(id).filter(this::canSee).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LetterHistoryView> history(UUID id) {
        return letters.find(id).filter(this::canSee)
                .map(l -> new LetterHistoryView(transitionHistory.history(l.id), access.standing()));
    }

    /**
     * Headquarters lists all letters, a chapter's staff their chapter's, a volunteer their own. A reason filter
     * matches the reason as the caller is shown it, so that it tells no more than reading the letters.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LetterView> list(LetterSearch search, PageParams paging) {
        LetterSearch scoped;
        if (access.isHeadquarters()) {
            scoped = search;
        } else if (isChapterStaff()) {
            UUID own = access.caller().chapterId().orElseThrow();
            if (search.chapterId() != null && !search.chapterId().equals(own)) {
                return List.of();
            }
            scoped = search.withChapter(own);
        } else {
            scoped = search.withWriter(access.requirePerson());
        }
        if (scoped.statusReasons() != null) {
            scoped = scoped.withStatusReasons(access.standing().storedAs(scoped.statusReasons()));
            if (scoped.statusReasons().isEmpty()) {
                return List.of();
            }
        }
        List<Letter> page = Slice.of(letters.search(scoped), paging).itemsPlusOne();
        Map<UUID, RecipientCard> cards = directory.findAll(page.stream().map(l -> l.recipientId).toList());
        return page.stream().map(l -> view(l, cards.get(l.recipientId))).toList();
    }

    LetterView view(Letter l) {
        return view(l, directory.find(l.recipientId).orElseThrow());
    }

    private LetterView view(Letter l, RecipientCard recipient) {
        return new LetterView(l, recipient, access.standing());
    }

    boolean canSee(Letter l) {
        if (access.isHeadquarters()) {
            return true;
        }
        if (isChapterStaff()) {
            return l.chapterId != null && access.caller().actsFor(l.chapterId);
        }
        return l.writerId != null && access.person().map(l.writerId::equals).orElse(false);
    }

    /** A chapter's coordinator or partner key (not headquarters). */
    private boolean isChapterStaff() {
        return !access.isHeadquarters() && access.caller().chapterId().isPresent()
                && (access.caller().is(Roles.COORDINATOR) || access.caller().is(Roles.PARTNER));
    }

    private Author author(LetterForm form) {
        if (access.isHeadquarters()) {
            refusePenPalId(form);
            return new Author(LetterStatus.RECEIVED, form.writerId(), form.chapterId(), requireRecipientId(form));
        }
        if (isChapterStaff()) {
            return chapterAuthor(form, access.caller().chapterId().orElseThrow());
        }
        if (!access.caller().is(Roles.VOLUNTEER)) {
            throw new ForbiddenException("cannot log letters");
        }
        return volunteerAuthor(form, access.requirePerson());
    }

    /**
     * A chapter's coordinator or partner key logs for their chapter, for one of its writers (by the writer projection,
     * never by the request) or none, to the current pen pal of one of its writers (of that writer, when named). An
     * unknown id and one outside the chapter's reach get the same answer.
     */
    private Author chapterAuthor(LetterForm form, UUID own) {
        if (form.chapterId() != null && !form.chapterId().equals(own)) {
            throw ProblemException.invalidField("chapterId", "must be your own chapter");
        }
        refusePenPalId(form);
        UUID recipientId = requireRecipientId(form);
        if (form.writerId() != null
                && !writers.find(form.writerId()).map(w -> own.equals(w.chapterId)).orElse(false)) {
            throw Refusals.unusable("writerId", "is not a volunteer of your chapter");
        }
        if (!matches.isPenPalInChapter(recipientId, own, form.writerId())) {
            throw Refusals.unusable("recipientId", form.writerId() == null
                    ? "is not the current pen pal of a writer of your chapter"
                    : "is not this writer's current pen pal");
        }
        return new Author(LetterStatus.LOGGED, form.writerId(), own, recipientId);
    }

    /**
     * A volunteer logs as themselves, for the chapter letter-service knows them in, to their current pen pal only:
     * any other id, whether it names a recipient or not, reachable or not, gets one and the same answer.
     */
    private Author volunteerAuthor(LetterForm form, UUID self) {
        if (form.writerId() != null && !form.writerId().equals(self)) {
            throw ProblemException.invalidField("writerId", "must be yourself");
        }
        UUID chapter = writers.find(self).map(w -> w.chapterId).orElse(null);
        if (form.chapterId() != null && !form.chapterId().equals(chapter)) {
            throw ProblemException.invalidField("chapterId", "must be left out or be your own chapter");
        }
        PenPalMatch match;
        if (form.penPalId() != null) {
            match = matches.findActive(form.penPalId(), self)
                    .orElseThrow(() -> Refusals.unusable("penPalId", "is not your current pen pal"));
            if (form.recipientId() != null && !form.recipientId().equals(match.recipientId)) {
                throw Refusals.unusable("recipientId", "is not your current pen pal");
            }
        } else if (form.recipientId() != null) {
            match = matches.activeBetween(self, form.recipientId())
                    .orElseThrow(() -> Refusals.unusable("recipientId", "is not your current pen pal"));
        } else {
            throw ProblemException.invalidField("penPalId", "must name your pen pal: the matchId of "
                    + "/api/me/pen-pals");
        }
        return new Author(LetterStatus.LOGGED, self, chapter, match.recipientId);
    }

    private static void refusePenPalId(LetterForm form) {
        if (form.penPalId() != null) {
            throw ProblemException.invalidField("penPalId", "is how a volunteer names their own pen pal; give "
                    + "recipientId");
        }
    }

    private static UUID requireRecipientId(LetterForm form) {
        if (form.recipientId() == null) {
            throw ProblemException.invalidField("recipientId", "must not be null");
        }
        return form.recipientId();
    }

    /** The recipient, who must exist (422), consent to letters and be in custody (409). */
    RecipientCard reachableRecipient(UUID recipientId) {
        RecipientCard r = directory.find(recipientId)
                .orElseThrow(() -> Refusals.unusable("recipientId", "no such recipient"));
        if (!r.reachable()) {
            // One answer for withdrawn consent and for leaving custody: a writer learns no more than that.
            throw ProblemException.conflict("This recipient cannot receive letters now.");
        }
        return r;
    }
}
