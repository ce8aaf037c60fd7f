package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.PenPalMatch;
import org.lettersofhope.letter.domain.PenPalMatchStatus;
import org.lettersofhope.letter.domain.WriterRepository;
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
}
