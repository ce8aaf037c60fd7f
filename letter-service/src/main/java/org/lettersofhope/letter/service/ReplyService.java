package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.letter.domain.PenPalMatch;
import org.lettersofhope.letter.domain.PenPalMatchRepository;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.Reply;
import org.lettersofhope.letter.domain.ReplyRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.ReplyReceived;
import org.lettersofhope.shared.problem.Problem;

/**
 * Replies from recipients: headquarters logs each one that arrives and it is routed to its writer — the recipient's
 * pen pal, now or before, with that pair's match — who sees the recipient's display name and language, never an
 * address.
 */
@ApplicationScoped
public class ReplyService {

    @Inject
    ReplyRepository replies;

    @Inject
    RecipientDirectory directory;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Inject
    PenPalMatchRepository matches;

    @Transactional
    public ReplyView log(ReplyForm form) {
        access.requireHeadquarters();
        RecipientCard recipient = directory.find(form.recipientId())
                .orElseThrow(() -> Refusals.unusable("recipientId", "no such recipient"));
        PenPalMatch match = pairsMatch(form);
        Reply r = new Reply();
        r.id = UUID.randomUUID();
        r.recipientId = recipient.id();
        r.writerId = form.writerId();
        r.matchId = match.id;
        r.receivedOn = form.receivedOn();
        r.language = form.language().strip();
        r.needsTranslation = form.needsTranslation();
        r.loggedBy = access.actor();
        r.createdAt = Instant.now();
        replies.persist(r);
        outbox.record(EventTypes.REPLY_RECEIVED, new ReplyReceived(r.id, r.recipientId, r.writerId, r.matchId,
                r.language, r.needsTranslation, r.receivedOn, r.createdAt));
        return new ReplyView(r, recipient, access.standing());
    }

    /**
     * The pen-pal match the reply belongs to: the one named, which must be between this recipient and this writer,
     * or else the pair's latest. A reply is only ever routed to a writer who is or was the recipient's pen pal.
     */
    private PenPalMatch pairsMatch(ReplyForm form) {
        if (form.matchId() == null) {
            return matches.latestBetween(form.writerId(), form.recipientId()).orElseThrow(() -> Refusals.unmet(
                    "The writer and the recipient were never pen pals; a reply is routed only to its recipient's "
                            + "pen pal.",
                    List.of(new Problem.Violation("writerId", "was never this recipient's pen pal"),
                            new Problem.Violation("recipientId", "was never this writer's pen pal"))));
        }
        PenPalMatch m = matches.find(form.matchId())
                .orElseThrow(() -> Refusals.unusable("matchId", "no such pen-pal match"));
        List<Problem.Violation> wrong = new ArrayList<>();
        if (!m.recipientId.equals(form.recipientId())) {
            wrong.add(new Problem.Violation("recipientId", "is not the recipient of this match"));
        }
        if (!m.writerId.equals(form.writerId())) {
            wrong.add(new Problem.Violation("writerId", "is not the writer of this match"));
        }
        if (!wrong.isEmpty()) {
            wrong.add(0, new Problem.Violation("matchId", "is the match of another pair"));
            throw Refusals.unmet("The match is not between this recipient and this writer.", wrong);
        }
        return m;
    }

    /** Headquarters sees every reply; a writer their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReplyView> find(UUID id) {
        boolean hq = access.isHeadquarters();
        return replies.findByIdOptional(id)
                .filter(r -> hq || access.person().map(p -> p.equals(r.writerId)).orElse(false))
                .map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplyView> list(UUID recipientId, UUID writerId, Instant loggedSince, PageParams paging) {
        access.requireHeadquarters();
        return views(Slice.of(replies.search(recipientId, writerId, loggedSince), paging).itemsPlusOne());
    }

    /** The calling writer's replies, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplyView> mine(PageParams paging) {
        UUID me = access.requirePerson();
        return views(Slice.of(replies.ofWriter(me), paging).itemsPlusOne());
    }

    private List<ReplyView> views(List<Reply> page) {
        Map<UUID, RecipientCard> cards = directory.findAll(page.stream().map(r -> r.recipientId).toList());
        Standing standing = access.standing();
        return page.stream().map(r -> new ReplyView(r, cards.get(r.recipientId), standing)).toList();
    }

    private ReplyView view(Reply r) {
        return new ReplyView(r, directory.find(r.recipientId).orElseThrow(), access.standing());
    }
}
