package org.lettersofhope.letter.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.letter.domain.PenPalMatchRepository;
import org.lettersofhope.letter.domain.RecipientRepository;

/**
 * What headquarters follows up on every week: writers who have not written to their pen pal for some weeks, and
 * detained people who have had no letter for some weeks. Ids and dates only: names stay where they are kept.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    PenPalMatchRepository matches;

    @Inject
    RecipientRepository recipients;

    @Inject
    Access access;

    /** Active matches quiet for {@code weeks} or more; the page asked for and one more if a further one exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PenPalMatchRepository.Quiet> quietPenPals(int weeks, PageParams paging) {
        access.requireHeadquarters();
        return matches.quietSince(weeksAgo(weeks), paging.offset(), paging.size + 1);
    }

    /** Detained, consenting recipients without a letter for {@code weeks} or more; as {@link #quietPenPals}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecipientRepository.Unwritten> unwrittenRecipients(int weeks, PageParams paging) {
        access.requireHeadquarters();
        return recipients.unwrittenSince(weeksAgo(weeks), paging.offset(), paging.size + 1);
    }

    private static Instant weeksAgo(int weeks) {
        return Instant.now().minus(Duration.ofDays(7L * weeks));
    }
}
