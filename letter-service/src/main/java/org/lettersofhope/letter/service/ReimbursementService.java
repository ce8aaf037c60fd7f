package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.Reimbursement;
import org.lettersofhope.letter.domain.ReimbursementItem;
import org.lettersofhope.letter.domain.ReimbursementRepository;
import org.lettersofhope.letter.domain.ReimbursementStatus;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.ReimbursementDecided;
import org.lettersofhope.shared.event.letter.ReimbursementDecision;
import org.lettersofhope.shared.event.letter.ReimbursementRequested;
import org.lettersofhope.shared.problem.Problem;


/**
 * Reimbursements: a volunteer asks, a coordinator of their chapter (or headquarters) approves or rejects with a
 * reason, then marks an approved one paid. A chapter's partner key reads its chapter's requests. Finders answer
 * empty for a request outside the caller's reach.
 */
@ApplicationScoped
public class ReimbursementService {

    @Inject
    ReimbursementRepository reimbursements;

    @Inject
    WriterRepository writers;

    @Inject
    ReimbursementThresholds thresholds;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Transactional
    public Reimbursement request(ReimbursementForm form) {
        UUID volunteer = access.requirePerson();
        String currency = form.currency();
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "is not an ISO 4217 currency code");
        }
        long sum = form.items().stream().mapToLong(ReimbursementItem::amountCents).sum();
        if (sum != form.amountCents()) {
            throw ProblemException.invalidField("items", "must add up to amountCents (they add up to " + sum + ")");
        }
        thresholds.check(form.amountCents(), currency);
        Instant now = Instant.now();
        Reimbursement r = new Reimbursement();
        r.id = UUID.randomUUID();
        r.volunteerId = volunteer;
        r.chapterId = writers.find(volunteer).map((Writer w) -> w.chapterId).orElse(null);
        r.amountCents = form.amountCents();
        r.currency = currency;
        r.items = List.copyOf(form.items());
        r.receiptReference = form.receiptReference().strip();
        r.status = ReimbursementStatus.REQUESTED;
        r.createdAt = now;
        r.updatedAt = now;
        reimbursements.persist(r);
        outbox.record(EventTypes.REIMBURSEMENT_REQUESTED,
                new ReimbursementRequested(r.id, r.volunteerId, r.amountCents, r.currency, now));
        return r;
    }

    @Transactional
    public Optional<Reimbursement> approve(UUID id) {
        return decide(id, ReimbursementStatus.APPROVED, r -> {
        });
    }

    @Transactional
    public Optional<Reimbursement> reject(UUID id, String reason) {
        return decide(id, ReimbursementStatus.REJECTED, r -> r.rejectionReason = reason.strip());
    }

    @Transactional
    public Optional<Reimbursement> markPaid(UUID id) {
        return decide(id, ReimbursementStatus.PAID, r -> r.paidAt = Instant.now());
    }

    /** The request, if the caller asked for it or acts for its chapter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Reimbursement> find(UUID id) {
        return reimbursements.find(id).filter(r -> isOwner(r) || access.actsFor(r.chapterId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Reimbursement> mine(ReimbursementStatus status, PageParams paging) {
        return Slice.of(reimbursements.byVolunteer(access.requirePerson(), status), paging);
    }

    /** The requests the caller looks after: every chapter's for headquarters, their own chapter's otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Reimbursement> queue(ReimbursementStatus status, PageParams paging) {
        UUID chapter = access.listScope();
        return Slice.of(reimbursements.queue(chapter, status), paging);
    }

    private Optional<Reimbursement> decide(UUID id, ReimbursementStatus to, Consumer<Reimbursement> effect) {
        Optional<Reimbursement> found = reimbursements.findForUpdate(id).filter(r -> access.actsFor(r.chapterId));
        found.ifPresent(r -> {
            if (isOwner(r)) {
                throw new ProblemException(Problem.of(403, "Forbidden",
                        "You cannot decide on your own reimbursement request; another coordinator must."));
            }
            if (!r.status.allowedNext().contains(to)) {
                throw ProblemException.illegalTransition(r.status, to, r.status.allowedNext());
            }
            Instant now = Instant.now();
            effect.accept(r);
            r.status = to;
            if (to != ReimbursementStatus.PAID) {
                r.decidedAt = now;
                r.decidedBy = access.person().orElse(null);
            }
            r.updatedAt = now;
            outbox.record(EventTypes.REIMBURSEMENT_DECIDED, new ReimbursementDecided(r.id, r.volunteerId,
                    ReimbursementDecision.valueOf(to.name()), r.amountCents, r.currency, now));
            reimbursements.flush();
        });
        return found;
    }

    private boolean isOwner(Reimbursement r) {
        return access.person().map(p -> p.equals(r.volunteerId)).orElse(false);
    }
}
