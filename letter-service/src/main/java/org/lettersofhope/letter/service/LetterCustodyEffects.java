package org.lettersofhope.letter.service;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.LetterLifecycle;
import org.lettersofhope.letter.domain.LetterRepository;
import org.lettersofhope.shared.event.letter.CustodyStatus;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

/**
 * What a custody change does to letters not yet mailed, in the custody change's own transaction. A move to another
 * facility re-routes them there (a letter already in a batch for the old facility is taken out of it, APPROVED again,
 * to go into a batch for the new one). Release or deportation holds them back with a custody reason; if the person is
 * detained again, headquarters can approve them once more.
 */
@ApplicationScoped
public class LetterCustodyEffects {

    /** Letters a move re-routes: not mailed, whether or not they may go out. */
    static final Set<LetterStatus> ROUTABLE = EnumSet.of(LetterStatus.LOGGED, LetterStatus.RECEIVED,
            LetterStatus.APPROVED, LetterStatus.BATCHED, LetterStatus.HELD_BACK);

    @Inject
    LetterRepository letters;

    @Inject
    LetterTransitions transitions;

    @Transactional(Transactional.TxType.MANDATORY)
    void onCustodyChanged(@Observes CustodyChanged change) {
        if (change.movesFacility()) {
            for (Letter l : letters.findByRecipientForUpdate(change.recipientId(), ROUTABLE)) {
                l.facilityId = change.toFacilityId();
                l.updatedAt = change.changedAt();
                if (l.status == LetterStatus.BATCHED) {
                    transitions.move(l, LetterStatus.APPROVED, null, LetterTransitions.SYSTEM, change.changedAt());
                }
            }
        }
        if (change.endsCustody()) {
            LetterStatusReason reason = change.to() == CustodyStatus.RELEASED ? LetterStatusReason.RECIPIENT_RELEASED
                    : LetterStatusReason.RECIPIENT_DEPORTED;
            for (Letter l : letters.findByRecipientForUpdate(change.recipientId(),
                    LetterLifecycle.UNMAILED)) {
                transitions.move(l, LetterStatus.HELD_BACK, reason, LetterTransitions.SYSTEM, change.changedAt());
            }
        }
    }
}
