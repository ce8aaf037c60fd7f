package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.LetterLifecycle;
import org.lettersofhope.letter.domain.LetterTransition;
import org.lettersofhope.letter.domain.LetterTransitionRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusChanged;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

/**
 * Every status change of a letter goes through here: checked against {@link LetterLifecycle}, kept in the history
 * with who and when, and published as {@code LetterStatusChanged} in the same transaction. The caller holds the
 * letter's row lock.
 */
@ApplicationScoped
public class LetterTransitions {

    /** Who a change made by the service itself (after a custody change) is recorded as. */
    public static final String SYSTEM = "system";

    @Inject
    LetterTransitionRepository history;

    @Inject
    Outbox outbox;

    /**
     * Moves the letter to {@code to}. Refuses a move the lifecycle does not allow (409 with the allowed statuses) and
     * a reason that does not fit the target (400 naming {@code reason}). A letter leaving its batch other than by
     * being mailed is taken out of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Letter letter, LetterStatus to, LetterStatusReason reason, String actor, Instant now) {
        LetterStatus from = letter.status;
        Set<LetterStatus> allowed = LetterLifecycle.allowedNext(from);
        if (!allowed.contains(to)) {
            throw ProblemException.illegalTransition(from, to, allowed);
        }
        requireFittingReason(to, reason);
        if (from == LetterStatus.BATCHED && to != LetterStatus.MAILED) {
            letter.batchId = null;
        }
        letter.status = to;
        letter.statusReason = reason;
        letter.updatedAt = now;
        record(letter, from, actor, now);
        outbox.record(EventTypes.LETTER_STATUS_CHANGED, new LetterStatusChanged(letter.id, from, to, reason,
                letter.campaignId, letter.facilityId, letter.chapterId, letter.region, now));
    }

    /** Guideline or custody reasons for HELD_BACK, return reasons for RETURNED, no reason for anything else. */
    public static void requireFittingReason(LetterStatus to, LetterStatusReason reason) {
        Set<LetterStatusReason> fitting = LetterLifecycle.reasonsFor(to);
        if (fitting.isEmpty() && reason != null) {
            throw ProblemException.invalidField("reason", "must be left out when the letter becomes " + to);
        }
        if (!fitting.isEmpty() && (reason == null || !fitting.contains(reason))) {
            throw ProblemException.invalidField("reason", "must be one of " + fitting.stream().map(Enum::name)
                    .sorted().toList() + " when the letter becomes " + to);
        }
    }

    private void record(Letter letter, LetterStatus from, String actor, Instant at) {
        LetterTransition t = new LetterTransition();
        t.id = UUID.randomUUID();
        t.letterId = letter.id;
        t.fromStatus = from;
        t.toStatus = letter.status;
        t.reason = letter.statusReason;
        t.changedBy = actor;
        t.changedAt = at;
        history.persist(t);
    }
}
