package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.persistence.UniqueViolations;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.PenPalMatch;
import org.lettersofhope.letter.domain.PenPalMatchRepository;
import org.lettersofhope.letter.domain.PenPalMatchStatus;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.CustodyStatus;
import org.lettersofhope.shared.event.letter.PenPalEndReason;
import org.lettersofhope.shared.event.letter.PenPalEnded;
import org.lettersofhope.shared.event.letter.PenPalMatched;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.problem.Problem;

/**
 * Pen pals. Headquarters pairs an eligible weekly writer with a detained, consenting recipient and ends matches with
 * a reason; matches also end by themselves when the recipient is released or deported, or the writer pauses, leaves
 * or is erased. A writer sees their pen pal's display name and language only.
 */
@ApplicationScoped
public class PenPalService {

    @Inject
    PenPalMatchRepository matches;

    @Inject
    WriterRepository writers;

    @Inject
    RecipientDirectory recipients;

    @Inject
    GuidelinesService guidelines;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Inject
    Event<PenPalChange> changes;

    @Inject
    Event<WriterWithdrawn> withdrawals;

    /** How many active pen pals a writer may have unless a coordinator allows them more. */
    @ConfigProperty(name = "letters.pen-pals.default-max", defaultValue = "1")
    int defaultMax;

    /** A match with the recipient's card, for showing it to a caller of the given standing. */
    public record MatchView(PenPalMatch match, RecipientCard recipient, Standing standing) {
    }

    /**
     * Pairs the writer with the recipient if every rule is met. The writer's row is locked first, so two coordinators
     * matching one writer at once are served in turn and the second sees the first's match; a unique index keeps a
     * recipient to one active pen pal.
     */
    @Transactional
    public MatchView match(UUID writerId, UUID recipientId) {
        access.requireHeadquarters();
        return pair(writerId, recipientId);
    }

    /** Pairs them if every rule is met, as the caller (headquarters, or the writer accepting an offer). */
    @Transactional(Transactional.TxType.MANDATORY)
    MatchView pair(UUID writerId, UUID recipientId) {
        Optional<Writer> writer = writers.findForUpdate(writerId);
        Optional<RecipientCard> recipient = recipients.find(recipientId);
        List<Problem.Violation> unmet = new ArrayList<>(writerRulesUnmet(writer));
        unmet.addAll(recipientRulesUnmet(recipient));
        if (writer.isPresent() && recipient.isPresent()
                && !writesLanguage(writer.get(), recipient.get().preferredLanguage())) {
            unmet.add(new Problem.Violation("writerId", "must write in the recipient's language ("
                    + recipient.get().preferredLanguage() + ")"));
        }
        if (!unmet.isEmpty()) {
            throw Refusals.unmet("The match breaks " + unmet.size() + " rule(s); see violations.", unmet);
        }
        Writer w = writer.get();
        RecipientCard r = recipient.get();
        requireNoPenPal(r.id());
        long load = matches.countActiveOfWriter(w.volunteerId);
        int max = maxOf(w);
        if (load >= max) {
            throw ProblemException.conflict("The writer already has " + load + " active pen pal(s) of the " + max
                    + " allowed; end one, or raise the writer's maxPenPals.");
        }
        Instant now = Instant.now();
        PenPalMatch m = new PenPalMatch();
        m.id = UUID.randomUUID();
        m.writerId = w.volunteerId;
        m.recipientId = r.id();
        m.language = r.preferredLanguage();
        m.status = PenPalMatchStatus.ACTIVE;
        m.matchedAt = now;
        m.matchedBy = access.person().orElse(null);
        matches.persist(m);
        try {
            matches.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ProblemException.conflict("The recipient already has a pen pal.");
            }
            throw e;
        }
        outbox.record(EventTypes.PEN_PAL_MATCHED, new PenPalMatched(m.id, m.writerId, m.recipientId, m.language,
                now));
        changes.fire(new PenPalChange(m));
        return new MatchView(m, r, access.standing());
    }

    /** Ends an active match with the coordinator's reason. */
    @Transactional
    public Optional<MatchView> end(UUID matchId, PenPalEndReason reason) {
        access.requireHeadquarters();
        if (reason == PenPalEndReason.RECIPIENT_UNAVAILABLE) {
            throw ProblemException.invalidField("reason", "is only ever shown, never recorded; give the reason");
        }
        Optional<PenPalMatch> found = matches.findForUpdate(matchId);
        found.ifPresent(m -> {
            if (m.status != PenPalMatchStatus.ACTIVE) {
                throw ProblemException.stateConflict("The match has already ended.", m.status,
                        m.status.allowedNext());
            }
            close(m, reason, access.person().orElse(null));
        });
        return found.map(this::view);
    }

    /** Release or deportation ends the recipient's match, in the transaction that records the custody change. */
    void onCustodyChanged(@Observes CustodyChanged change) {
        if (!change.endsCustody()) {
            return;
        }
        PenPalEndReason reason = change.to() == CustodyStatus.DEPORTED ? PenPalEndReason.DEPORTED
                : PenPalEndReason.RELEASED;
        matches.activeOfRecipient(change.recipientId()).ifPresent(m -> close(m, reason, null));
    }

    /**
     * Ends the writer's matches when they pause or leave (WRITER_PAUSED) or are erased (WRITER_ERASED); runs in the
     * transaction of the volunteer event that said so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writerWithdrew(Writer w) {
        PenPalEndReason reason;
        if (w.isErased()) {
            reason = PenPalEndReason.WRITER_ERASED;
        } else if (w.status == VolunteerStatus.PAUSED || w.status == VolunteerStatus.LEFT) {
            reason = PenPalEndReason.WRITER_PAUSED;
        } else {
            return;
        }
        matches.activeOfWriter(w.volunteerId).forEach(m -> close(m, reason, null));
        withdrawals.fire(new WriterWithdrawn(w.volunteerId, Instant.now()));
    }

    /** A writer paused, left or was erased, in the transaction of the volunteer event that said so. */
    public record WriterWithdrawn(UUID writerId, Instant at) {
    }

    /** Eligible writers for the recipient, least loaded first: ids and load only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WriterRepository.Candidate> suggestions(UUID recipientId, int limit) {
        access.requireHeadquarters();
        Optional<RecipientCard> recipient = recipients.find(recipientId);
        List<Problem.Violation> unmet = recipientRulesUnmet(recipient);
        if (!unmet.isEmpty()) {
            throw Refusals.unmet("The recipient cannot be matched; see violations.", unmet);
        }
        requireNoPenPal(recipientId);
        Optional<String> current = guidelines.currentVersion();
        if (current.isEmpty()) {
            return List.of();
        }
        return writers.candidates(primary(recipient.get().preferredLanguage()), current.get(), defaultMax, limit);
    }

    /** Sets how many active pen pals a writer may have; empty when the writer is unknown. */
    @Transactional
    public Optional<Writer> setMax(UUID writerId, int max) {
        access.requireHeadquarters();
        Optional<Writer> found = writers.findForUpdate(writerId).filter(w -> !w.isErased());
        found.ifPresent(w -> w.maxPenPals = max);
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MatchView> find(UUID matchId) {
        return matches.find(matchId).filter(this::canSee).map(this::view);
    }

    /** Matches the caller oversees: all for headquarters, those of their chapter's writers otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MatchView> list(UUID writerId, UUID recipientId, PenPalMatchStatus status, PageParams paging) {
        UUID chapter = access.listScope();
        return views(Slice.of(matches.search(writerId, recipientId, status, chapter), paging).itemsPlusOne());
    }

    /** The calling writer's active pen pals. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MatchView> mine(PageParams paging) {
        UUID me = access.requirePerson();
        return views(Slice.of(matches.search(me, null, PenPalMatchStatus.ACTIVE, null), paging).itemsPlusOne());
    }

    public int maxOf(Writer w) {
        return w.maxPenPals == null ? defaultMax : w.maxPenPals;
    }

    private void close(PenPalMatch m, PenPalEndReason reason, UUID by) {
        Instant now = Instant.now();
        m.status = PenPalMatchStatus.ENDED;
        m.endedAt = now;
        m.endReason = reason;
        m.endedBy = by;
        outbox.record(EventTypes.PEN_PAL_ENDED, new PenPalEnded(m.id, m.writerId, m.recipientId, reason, now));
        changes.fire(new PenPalChange(m));
    }

    /** A match was made or ended, in the transaction that did it: offers of a new pen pal follow from it. */
    public record PenPalChange(PenPalMatch match) {
    }

    private boolean canSee(PenPalMatch m) {
        if (access.isHeadquarters()) {
            return true;
        }
        return access.boundChapter()
                .map(chapter -> m.writerId != null
                        && writers.find(m.writerId).map(w -> chapter.equals(w.chapterId)).orElse(false))
                .orElse(false);
    }

    private MatchView view(PenPalMatch m) {
        return new MatchView(m, recipients.find(m.recipientId).orElse(null), access.standing());
    }

    /** A page of matches with their recipients' cards, read in one query. */
    private List<MatchView> views(List<PenPalMatch> page) {
        Map<UUID, RecipientCard> cards = recipients.findAll(page.stream().map(m -> m.recipientId).toList());
        Standing standing = access.standing();
        return page.stream().map(m -> new MatchView(m, cards.get(m.recipientId), standing)).toList();
    }

    private void requireNoPenPal(UUID recipientId) {
        if (matches.recipientHasActive(recipientId)) {
            throw ProblemException.conflict("The recipient already has a pen pal; end that match first.");
        }
    }

    List<Problem.Violation> writerRulesUnmet(Optional<Writer> writer) {
        List<Problem.Violation> unmet = new ArrayList<>();
        if (writer.isEmpty()) {
            unmet.add(new Problem.Violation("writerId", "is no volunteer letter-service has heard of (yet)"));
            return unmet;
        }
        Writer w = writer.get();
        if (w.isErased()) {
            unmet.add(new Problem.Violation("writerId", "was erased"));
            return unmet;
        }
        if (w.status != VolunteerStatus.ACTIVE) {
            unmet.add(new Problem.Violation("writerId", "must be an ACTIVE volunteer (is " + w.status + ")"));
        }
        if (!w.hasRole(VolunteerRole.WEEKLY_LETTER_WRITER)) {
            unmet.add(new Problem.Violation("writerId", "must have signed up as a WEEKLY_LETTER_WRITER"));
        }
        Optional<String> current = guidelines.currentVersion();
        if (current.isEmpty()) {
            unmet.add(new Problem.Violation("guidelines", "no Letter Writing Guidelines are published yet"));
        } else if (!current.get().equals(w.guidelinesVersion)) {
            unmet.add(new Problem.Violation("writerId", "must have accepted the current Letter Writing Guidelines ("
                    + current.get() + ")"));
        }
        return unmet;
    }

    /** A detained (or transferred, hence still detained) recipient who consents to letters. */
    private static List<Problem.Violation> recipientRulesUnmet(Optional<RecipientCard> recipient) {
        List<Problem.Violation> unmet = new ArrayList<>();
        if (recipient.isEmpty()) {
            unmet.add(new Problem.Violation("recipientId", "is no known recipient"));
            return unmet;
        }
        RecipientCard r = recipient.get();
        if (r.custodyStatus() != CustodyStatus.DETAINED && r.custodyStatus() != CustodyStatus.TRANSFERRED) {
            unmet.add(new Problem.Violation("recipientId", "must be in detention (is " + r.custodyStatus() + ")"));
        }
        if (!r.consentsToLetters()) {
            unmet.add(new Problem.Violation("recipientId", "must consent to letters"));
        }
        return unmet;
    }

    private static boolean writesLanguage(Writer w, String language) {
        String wanted = primary(language);
        for (String l : w.languages) {
            if (primary(l).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static String primary(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }
}
