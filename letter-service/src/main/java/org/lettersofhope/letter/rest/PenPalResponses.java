package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.PenPalMatch;
import org.lettersofhope.letter.domain.PenPalMatchStatus;
import org.lettersofhope.letter.domain.PenPalOffer;
import org.lettersofhope.letter.domain.PenPalOfferStatus;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.letter.service.PenPalOfferService.OfferView;
import org.lettersofhope.letter.service.PenPalService.MatchView;
import org.lettersofhope.shared.event.letter.PenPalEndReason;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How pen-pal matches are shown: to coordinators by ids, to the writer by their pen pal's name and language. */
public final class PenPalResponses {

    private PenPalResponses() {
    }

    @Schema(name = "PenPalMatch", description = "A match as coordinators see it: ids, language and dates")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(UUID id, UUID writerId, UUID recipientId, @Schema(examples = "es") String language,
            PenPalMatchStatus status,
            @Schema(description = "Where the match may go next", examples = "[\"ENDED\"]")
            List<PenPalMatchStatus> allowedNextStatuses,
            Instant matchedAt, Instant endedAt,
            @Schema(description = "Why it ended. RELEASED and DEPORTED are shown to headquarters only; a chapter's "
                    + "staff are shown RECIPIENT_UNAVAILABLE: the recipient cannot receive letters now")
            PenPalEndReason endReason) {

        static Match of(MatchView v) {
            PenPalMatch m = v.match();
            return new Match(m.id, m.writerId, m.recipientId, m.language, m.status,
                    m.status.allowedNext().stream().sorted().toList(), m.matchedAt, m.endedAt,
                    v.standing().shown(m.endReason));
        }
    }

    @Schema(name = "MyPenPal", description = "The writer's pen pal: a display name (first name, last initial) and "
            + "language, nothing more")
    public record Mine(
            @Schema(description = "The match; a letter to this pen pal is logged with it as penPalId")
            UUID matchId, @Schema(examples = "Ana Q.") String displayName,
            @Schema(examples = "es") String preferredLanguage, Instant matchedAt) {

        static Mine of(MatchView v) {
            return new Mine(v.match().id, v.recipient() == null ? null : v.recipient().displayName(),
                    v.recipient() == null ? v.match().language : v.recipient().preferredLanguage(),
                    v.match().matchedAt);
        }
    }

    @Schema(name = "PenPalSuggestion", description = "An eligible writer: an id and their load, no personal data")
    public record Suggestion(UUID writerId, @Schema(examples = "0") int activePenPals,
            @Schema(examples = "1") int maxPenPals) {

        static Suggestion of(WriterRepository.Candidate c) {
            return new Suggestion(c.writerId(), c.activePenPals(), c.maxPenPals());
        }
    }

    @Schema(name = "PenPalWriterLimit")
    public record WriterLimit(UUID writerId, int maxPenPals) {
    }

    @Schema(name = "PenPalOffer", description = "A new pen pal offered to a writer whose pen pal was released or "
            + "deported, as headquarters sees it: ids and dates")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(UUID id, UUID writerId, UUID recipientId,
            @Schema(description = "The match whose end led to the offer") UUID afterMatchId,
            PenPalOfferStatus status,
            @Schema(description = "Where the offer may go next", examples = "[\"ACCEPTED\", \"DECLINED\", "
                    + "\"WITHDRAWN\"]") List<PenPalOfferStatus> allowedNextStatuses,
            Instant offeredAt, Instant decidedAt,
            @Schema(description = "The match made when it was accepted") UUID matchId) {

        static Offer of(OfferView v) {
            PenPalOffer o = v.offer();
            return new Offer(o.id, o.writerId, o.recipientId, o.afterMatchId, o.status,
                    o.status.allowedNext().stream().sorted().toList(), o.offeredAt, o.decidedAt, o.matchId);
        }
    }

    @Schema(name = "MyPenPalOffer", description = "A new pen pal offered to the writer: the notice that their pen pal "
            + "can no longer receive letters (never why), and the display name and language of the person offered")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MyOffer(UUID id, PenPalOfferStatus status,
            @Schema(examples = "Ana Q. can no longer receive letters from you. Would you like to write to Luis M. "
                    + "instead? They write in es.") String notice,
            @Schema(description = "The pen pal the writer had", examples = "Ana Q.") String previousPenPal,
            @Schema(description = "The person offered", examples = "Luis M.") String displayName,
            @Schema(examples = "es") String preferredLanguage, Instant offeredAt,
            @Schema(description = "Once accepted: the new match, to log letters with as penPalId") UUID matchId) {

        static MyOffer of(OfferView v) {
            PenPalOffer o = v.offer();
            String previous = name(v.previous(), "Your pen pal");
            String offered = name(v.recipient(), "someone new");
            String language = v.recipient() == null ? null : v.recipient().preferredLanguage();
            return new MyOffer(o.id, o.status, previous + " can no longer receive letters from you. Would you like to "
                    + "write to " + offered + " instead?" + (language == null ? "" : " They write in " + language
                            + "."),
                    v.previous() == null ? null : v.previous().displayName(),
                    v.recipient() == null ? null : v.recipient().displayName(), language, o.offeredAt,
                    o.matchId);
        }

        private static String name(RecipientCard card, String otherwise) {
            return card == null ? otherwise : card.displayName();
        }
    }
}
