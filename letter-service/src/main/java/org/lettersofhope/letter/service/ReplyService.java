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
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.Reply;
import org.lettersofhope.letter.domain.ReplyRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.ReplyReceived;

/**
 * Replies from recipients: headquarters logs each one that arrives and it is routed to its writer, who sees the
 * recipient's display name and language, never an address.
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

    @Transactional
    public ReplyView log(ReplyForm form) {
        access.requireHeadquarters();
        RecipientCard recipient = directory.find(form.recipientId())
                .orElseThrow(() -> Refusals.unusable("recipientId", "no such recipient"));
        Reply r = new Reply();
        r.id = UUID.randomUUID();
        r.recipientId = recipient.id();
        r.writerId = form.writerId();
        r.matchId = form.matchId();
        r.receivedOn = form.receivedOn();
        r.language = form.language().strip();
        r.needsTranslation = form.needsTranslation();
        r.loggedBy = access.actor();
        r.createdAt = Instant.now();
        replies.persist(r);
        outbox.record(EventTypes.REPLY_RECEIVED, new ReplyReceived(r.id, r.recipientId, r.writerId, r.matchId,
                r.language, r.needsTranslation, r.receivedOn, r.createdAt));
        return new ReplyView(r, recipient, true);
    }

    /** Headquarters sees every reply; a writer their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReplyView> find(UUID id) {
        boolean hq = access.isHeadquarters();
        return replies.findByIdOptional(id)
                .filter(r -> hq || access.person().map(p -> p.equals(r.writerId)).orElse(false))
                .map(r -> view(r, hq));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplyView> list(UUID recipientId, UUID writerId, Instant loggedSince, PageParams paging) {
        access.requireHeadquarters();
        return views(Slice.of(replies.search(recipientId, writerId, loggedSince), paging).itemsPlusOne(), true);
    }

    /** The calling writer's replies, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplyView> mine(PageParams paging) {
        UUID me = access.requirePerson();
        return views(Slice.of(replies.ofWriter(me), paging).itemsPlusOne(), false);
    }

    private List<ReplyView> views(List<Reply> page, boolean hq) {
        Map<UUID, RecipientCard> cards = directory.findAll(page.stream().map(r -> r.recipientId).toList());
        return page.stream().map(r -> new ReplyView(r, cards.get(r.recipientId), hq)).toList();
    }

    private ReplyView view(Reply r, boolean hq) {
        return new ReplyView(r, directory.find(r.recipientId).orElseThrow(), hq);
    }
}
