package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.FacilityRepository;
import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.LetterLifecycle;
import org.lettersofhope.letter.domain.LetterRepository;
import org.lettersofhope.letter.domain.MailBatch;
import org.lettersofhope.letter.domain.MailBatchRepository;
import org.lettersofhope.letter.domain.MailBatchStatus;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.MailBatchMailed;

/**
 * Mail batches: headquarters opens one for a facility, adds approved letters for that facility, seals it and marks
 * it mailed with its postage. A letter belongs to at most one batch (one column on the letter): of two coordinators
 * adding the same letter at once, the second finds it BATCHED and gets 409. Locks are taken batch first, then its
 * letters, each set in creation order.
 */
@ApplicationScoped
public class MailBatchService {

    @Inject
    MailBatchRepository batches;

    @Inject
    LetterRepository letters;

    @Inject
    FacilityRepository facilities;

    @Inject
    LetterTransitions transitions;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    public static Set<MailBatchStatus> allowedNext(MailBatchStatus status) {
        return switch (status) {
            case OPEN -> EnumSet.of(MailBatchStatus.SEALED);
            case SEALED -> EnumSet.of(MailBatchStatus.MAILED);
            case MAILED -> EnumSet.noneOf(MailBatchStatus.class);
        };
    }

    @Transactional
    public MailBatchView open(UUID facilityId) {
        access.requireHeadquarters();
        facilities.find(facilityId).filter(f -> f.active)
                .orElseThrow(() -> Refusals.unusable("facilityId", "no such active facility"));
        Instant now = Instant.now();
        MailBatch b = new MailBatch();
        b.id = UUID.randomUUID();
        b.facilityId = facilityId;
        b.status = MailBatchStatus.OPEN;
        b.createdBy = access.actor();
        b.createdAt = now;
        b.updatedAt = now;
        batches.persist(b);
        return new MailBatchView(b, 0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MailBatchView> find(UUID id) {
        access.requireHeadquarters();
        return batches.find(id).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailBatchView> list(MailBatchStatus status, UUID facilityId, PageParams paging) {
        access.requireHeadquarters();
        return Slice.of(batches.search(status, facilityId), paging).itemsPlusOne().stream().map(this::view).toList();
    }

    /** Puts an approved letter for the batch's facility into the open batch; already in it, nothing changes. */
    @Transactional
    public Optional<MailBatchView> add(UUID batchId, UUID letterId) {
        access.requireHeadquarters();
        Optional<MailBatch> found = batches.findForUpdate(batchId);
        found.ifPresent(b -> {
            requireStatus(b, MailBatchStatus.OPEN, "Letters can only be added to an open batch.");
            Letter l = letters.findForUpdate(letterId)
                    .orElseThrow(() -> Refusals.unusable("letterId", "no such letter"));
            if (b.id.equals(l.batchId)) {
                return;
            }
            if (l.status != LetterStatus.APPROVED) {
                throw ProblemException.stateConflict("Only an approved letter can be batched; this one is "
                        + l.status + ".", l.status, LetterLifecycle.allowedNext(l.status));
            }
            if (!l.facilityId.equals(b.facilityId)) {
                throw Refusals.unusable("letterId", "the letter is to be mailed to another facility");
            }
            Instant now = Instant.now();
            l.batchId = b.id;
            transitions.move(l, LetterStatus.BATCHED, null, access.actor(), now);
            b.updatedAt = now;
        });
        return found.map(this::view);
    }

    /** Takes a letter out of the open batch: it is APPROVED again. */
    @Transactional
    public Optional<MailBatchView> remove(UUID batchId, UUID letterId) {
        access.requireHeadquarters();
        Optional<MailBatch> found = batches.findForUpdate(batchId);
        found.ifPresent(b -> {
            requireStatus(b, MailBatchStatus.OPEN, "Letters can only be taken out of an open batch.");
            Letter l = letters.findForUpdate(letterId).filter(x -> b.id.equals(x.batchId))
                    .orElseThrow(jakarta.ws.rs.NotFoundException::new);
            Instant now = Instant.now();
            transitions.move(l, LetterStatus.APPROVED, null, access.actor(), now);
            b.updatedAt = now;
        });
        return found.map(this::view);
    }

    @Transactional
    public Optional<MailBatchView> seal(UUID batchId) {
        access.requireHeadquarters();
        Optional<MailBatch> found = batches.findForUpdate(batchId);
        found.ifPresent(b -> {
            requireStatus(b, MailBatchStatus.OPEN, "Only an open batch can be sealed.");
            long count = letters.countInBatch(b.id);
            if (count == 0) {
                throw ProblemException.stateConflict("An empty batch cannot be sealed.", b.status,
                        allowedNext(b.status));
            }
            Instant now = Instant.now();
            b.status = MailBatchStatus.SEALED;
            b.letterCount = (int) count;
            b.sealedAt = now;
            b.updatedAt = now;
        });
        return found.map(this::view);
    }

    /** Marks the sealed batch mailed with its postage: every letter in it becomes MAILED. */
    @Transactional
    public Optional<MailBatchView> markMailed(UUID batchId, long postageCents, String currency) {
        access.requireHeadquarters();
        String code = currencyCode(currency);
        Optional<MailBatch> found = batches.findForUpdate(batchId);
        found.ifPresent(b -> {
            requireStatus(b, MailBatchStatus.SEALED, "Only a sealed batch can be mailed.");
            List<Letter> inBatch = letters.findByBatchForUpdate(b.id);
            if (inBatch.isEmpty()) {
                // Its letters were held back after sealing (their recipient left custody).
                throw ProblemException.stateConflict("No letter is left in this batch to mail.", b.status,
                        allowedNext(b.status));
            }
            Instant now = Instant.now();
            String actor = access.actor();
            for (Letter l : inBatch) {
                transitions.move(l, LetterStatus.MAILED, null, actor, now);
            }
            b.status = MailBatchStatus.MAILED;
            b.letterCount = inBatch.size();
            b.postageCents = postageCents;
            b.currency = code;
            b.mailedAt = now;
            b.updatedAt = now;
            outbox.record(EventTypes.MAIL_BATCH_MAILED, new MailBatchMailed(b.id, b.facilityId, inBatch.size(),
                    postageCents, code, now));
        });
        return found.map(this::view);
    }

    private MailBatchView view(MailBatch b) {
        return new MailBatchView(b, b.status == MailBatchStatus.MAILED ? b.letterCount : letters.countInBatch(b.id));
    }

    private static void requireStatus(MailBatch b, MailBatchStatus required, String detail) {
        if (b.status != required) {
            throw ProblemException.stateConflict(detail, b.status, allowedNext(b.status));
        }
    }

    /** An ISO 4217 currency the JDK knows, upper-cased; 400 naming {@code currency} otherwise. */
    static String currencyCode(String currency) {
        try {
            return Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidField("currency", "must be an ISO 4217 currency code such as USD");
        }
    }
}
