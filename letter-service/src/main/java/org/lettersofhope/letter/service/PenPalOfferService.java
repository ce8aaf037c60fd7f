package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.PenPalMatch;
import org.lettersofhope.letter.domain.PenPalMatchRepository;
import org.lettersofhope.letter.domain.PenPalMatchStatus;
import org.lettersofhope.letter.domain.PenPalOffer;
import org.lettersofhope.letter.domain.PenPalOfferRepository;
import org.lettersofhope.letter.domain.PenPalOfferStatus;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.letter.service.PenPalService.MatchView;
import org.lettersofhope.letter.service.PenPalService.PenPalChange;
import org.lettersofhope.letter.service.PenPalService.WriterWithdrawn;
import org.lettersofhope.shared.event.letter.PenPalEndReason;

/**
 * New pen pals for writers whose pen pal was released or deported. In the transaction that ends the match, the
 * writer (if still eligible and below their limit) is offered the recipient who has waited longest in a language
 * they write, by the rules a match follows; the writer accepts or declines, or headquarters confirms for them. The
 * writer is told only that their pen pal can no longer receive letters, never why.
 */
@ApplicationScoped
public class PenPalOfferService {

    /** Who decides on an offer: its writer, through {@code /api/me}, or headquarters for them. */
    public enum Decider {
        WRITER, HEADQUARTERS
    }

    /** An offer with the proposed recipient's card and the card of the pen pal the writer had. */
    public record OfferView(PenPalOffer offer, RecipientCard recipient, RecipientCard previous) {
    }

    @Inject
    PenPalOfferRepository offers;

    @Inject
    WriterRepository writers;

    @Inject
    PenPalMatchRepository matches;

    @Inject
    RecipientDirectory recipients;

    @Inject
    PenPalService penPals;

    @Inject
    GuidelinesService guidelinesService;

    @Inject
    Access access;

    @Inject
    EntityManager em;

    /** A match made withdraws what was offered of its recipient to others; one ended by custody offers anew. */
    void onPenPalChange(@Observes PenPalChange change) {
        PenPalMatch m = change.match();
        if (m.status == PenPalMatchStatus.ACTIVE) {
            offers.proposedOfRecipient(m.recipientId).stream().filter(o -> !Objects.equals(o.writerId, m.writerId))
                    .forEach(o -> withdraw(o, Instant.now()));
        } else if (m.endReason == PenPalEndReason.RELEASED || m.endReason == PenPalEndReason.DEPORTED) {
            propose(m);
        }
    }

    /** A recipient released or deported can no longer be offered. */
    void onCustodyChanged(@Observes CustodyChanged change) {
        if (change.endsCustody()) {
            offers.proposedOfRecipient(change.recipientId()).forEach(o -> withdraw(o, change.changedAt()));
        }
    }

    /** The writer paused, left or was erased: the recipients offered to them go back to waiting. */
    void onWriterWithdrawn(@Observes WriterWithdrawn withdrawn) {
        offers.proposedOfWriter(withdrawn.writerId()).forEach(o -> withdraw(o, withdrawn.at()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferView> list(Decider decider, UUID writerId, PenPalOfferStatus status, PageParams paging) {
        UUID writer = decider == Decider.WRITER ? access.requirePerson() : requireHeadquarters(writerId);
        return views(Slice.of(offers.search(writer, status), paging).itemsPlusOne());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfferView> find(Decider decider, UUID offerId) {
        return visible(decider, offers.find(offerId)).map(this::view);
    }

    /** Accepts a proposed offer: the match is made if every rule a match follows is still met. */
    @Transactional
    public Optional<MatchView> accept(Decider decider, UUID offerId) {
        return visible(decider, offers.findForUpdate(offerId)).map(o -> {
            requireProposed(o);
            MatchView made = penPals.pair(o.writerId, o.recipientId);
            decide(o, PenPalOfferStatus.ACCEPTED);
            o.matchId = made.match().id;
            return made;
        });
    }

    /** Declines a proposed offer: the recipient waits for someone else. */
    @Transactional
    public Optional<OfferView> decline(Decider decider, UUID offerId) {
        return visible(decider, offers.findForUpdate(offerId)).map(o -> {
            requireProposed(o);
            decide(o, PenPalOfferStatus.DECLINED);
            return view(o);
        });
    }

    private void propose(PenPalMatch ended) {
        if (ended.writerId == null) {
            return;
        }
        Optional<Writer> writer = writers.find(ended.writerId);
        if (!penPals.writerRulesUnmet(writer).isEmpty() || !offers.proposedOfWriter(ended.writerId).isEmpty()) {
            return;
        }
        Writer w = writer.get();
        if (matches.countActiveOfWriter(w.volunteerId) >= penPals.maxOf(w)) {
            return;
        }
        List<String> languages = Stream.of(w.languages).map(PenPalService::primary).distinct().toList();
        offers.longestWaiting(w.volunteerId, languages)
                .ifPresent(recipient -> offer(w.volunteerId, recipient, ended.id, ended.endedAt));
    }

    /**
     * Someone may now have a pen pal: offered to the writer who has waited longest since their pen pal was released
     * or deported (with no pen pal and no offer since), who writes their language and is eligible.
     */
    void onRecipientAvailable(@Observes RecipientService.RecipientAvailable available) {
        Optional<RecipientCard> card = recipients.find(available.recipientId());
        Optional<String> guidelines = guidelinesService.currentVersion();
        if (card.isEmpty() || guidelines.isEmpty() || offers.recipientIsTaken(available.recipientId())) {
            return;
        }
        offers.waitingWriter(available.recipientId(), PenPalService.primary(card.get().preferredLanguage()),
                guidelines.get()).ifPresent(w -> offer(w.writerId(), available.recipientId(), w.afterMatchId(),
                        Instant.now()));
    }

    private void offer(UUID writerId, UUID recipientId, UUID afterMatchId, Instant at) {
        // A recipient offered to another writer at the same moment is skipped rather than failing the change that
        // led here: the unique index on proposed offers decides, and this writer is offered no one.
        em.createNativeQuery("""
                insert into pen_pal_offer (id, writer_id, recipient_id, after_match_id, status, offered_at)
                values (?1, ?2, ?3, ?4, 'PROPOSED', ?5)
                on conflict (recipient_id) where status = 'PROPOSED' do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, writerId).setParameter(3, recipientId)
                .setParameter(4, afterMatchId).setParameter(5, at).executeUpdate();
    }

    private UUID requireHeadquarters(UUID writerId) {
        access.requireHeadquarters();
        return writerId;
    }

    /** Headquarters sees every offer; a writer only their own (any other is, to them, not there). */
    private Optional<PenPalOffer> visible(Decider decider, Optional<PenPalOffer> offer) {
        if (decider == Decider.HEADQUARTERS) {
            access.requireHeadquarters();
            return offer;
        }
        UUID me = access.requirePerson();
        return offer.filter(o -> me.equals(o.writerId));
    }

    private static void requireProposed(PenPalOffer o) {
        if (o.status != PenPalOfferStatus.PROPOSED) {
            throw ProblemException.stateConflict("The offer was already " + o.status.name().toLowerCase() + ".",
                    o.status, o.status.allowedNext());
        }
    }

    private void decide(PenPalOffer o, PenPalOfferStatus to) {
        o.status = to;
        o.decidedAt = Instant.now();
        o.decidedBy = access.person().orElse(null);
    }

    private static void withdraw(PenPalOffer o, Instant at) {
        o.status = PenPalOfferStatus.WITHDRAWN;
        o.decidedAt = at;
    }

    private OfferView view(PenPalOffer o) {
        return views(List.of(o)).get(0);
    }

    /** A page of offers with the cards of their recipients and of the pen pals the writers had, in one query. */
    private List<OfferView> views(List<PenPalOffer> page) {
        Map<UUID, UUID> previousOf = page.isEmpty() ? Map.of()
                : matches.list("id in ?1", page.stream().map(o -> o.afterMatchId).distinct().toList()).stream()
                        .collect(Collectors.toMap(m -> m.id, m -> m.recipientId));
        Map<UUID, RecipientCard> cards = recipients.findAll(Stream.concat(page.stream().map(o -> o.recipientId),
                previousOf.values().stream()).distinct().toList());
        return page.stream().map(o -> new OfferView(o, cards.get(o.recipientId),
                cards.get(previousOf.get(o.afterMatchId)))).toList();
    }
}
