package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Campaign;
import org.lettersofhope.letter.domain.CampaignMailTo;
import org.lettersofhope.letter.domain.CampaignStatus;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.letter.domain.TalkingPointGroup;
import org.lettersofhope.shared.event.letter.CampaignKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Campaign")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) CampaignKind kind,
        @Schema(required = true) CampaignStatus status,
        String description,
        String callToAction,
        @Schema(required = true) List<TalkingPointGroup> talkingPoints,
        @Schema(required = true, examples = "[\"#FreeThemAll\"]") List<String> hashtags,
        @Schema(required = true, description = "The officials written to, with their public mailing addresses")
        List<OfficialResponse> targets,
        String mailingInstructions,
        @Schema(required = true, description = "Where the pieces are mailed; the envelopes are at "
                + "/api/campaigns/{id}/mailing-addresses") CampaignMailTo mailTo,
        @Schema(description = "With mailTo ADDRESS: the campaign's own addressee and address")
        EnvelopeResponse mailToAddress,
        @Schema(description = "What to say when calling a target's office") String callScript,
        @Schema(description = "A petition to sign") String petitionUrl,
        @Schema(required = true, description = "Public accounts to tag in social posts, apart from the targets")
        List<SocialHandle> handlesToTag,
        Integer goal, LocalDate startsOn, LocalDate endsOn,
        @Schema(required = true, description = "Where the campaign may go next", examples = "[\"CLOSED\"]")
        List<CampaignStatus> allowedNextStatuses,
        Instant publishedAt, Instant closedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static CampaignResponse of(Campaign c) {
        return new CampaignResponse(c.id, c.slug, c.name, c.kind, c.status, c.description, c.callToAction,
                List.copyOf(c.talkingPoints), List.of(c.hashtags),
                c.targets.stream().map(OfficialResponse::of).toList(), c.mailingInstructions, c.mailTo,
                c.mailToAddress == null ? null : EnvelopeResponse.of(c.mailToAddressee, c.mailToAddress),
                c.callScript, c.petitionUrl, List.copyOf(c.handlesToTag), c.goal,
                c.startsOn,
                c.endsOn, c.status.allowedNext().stream().sorted().toList(), c.publishedAt, c.closedAt, c.createdAt,
                c.updatedAt);
    }
}
