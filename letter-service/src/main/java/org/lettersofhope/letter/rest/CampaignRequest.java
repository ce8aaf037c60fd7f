package org.lettersofhope.letter.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.domain.CampaignMailTo;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.letter.domain.TalkingPointGroup;
import org.lettersofhope.letter.service.CampaignPlan;
import org.lettersofhope.shared.event.letter.CampaignKind;

@Schema(name = "CampaignForm", description = "A campaign as headquarters writes it. A draft may leave goal, dates "
        + "and targets open; publishing needs them. While ACTIVE only name, description, callToAction, "
        + "talkingPoints, hashtags, mailingInstructions, mailTo and mailToAddress may change: send the other fields as they are.")
public record CampaignRequest(
        @Schema(description = "Unique address of the campaign; lower-case letters, digits and hyphens",
                examples = "write-to-the-secretary", minLength = 3, maxLength = 80, pattern = SLUG)
        @NotBlank @Pattern(regexp = SLUG, message = "must be 3 to 80 lower-case letters, digits or hyphens")
        String slug,

        @Schema(examples = "Write to the Secretary", maxLength = 120, pattern = TextRules.LINE)
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String name,

        @Schema(examples = "ADVOCACY") @NotNull CampaignKind kind,

        @Schema(examples = "Families are separated by detention far from home.", maxLength = 4000,
                pattern = TextRules.TEXT)
        @Size(max = 4000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String description,

        @Schema(examples = "Send a postcard asking for release on parole.", maxLength = 500,
                pattern = TextRules.TEXT)
        @Size(max = 500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String callToAction,

        @Schema(description = "Grouped talking points: at most 10 headings of at most 10 points each",
                maxItems = 10)
        @Size(max = 10) List<@NotNull @Valid TalkingPointGroupRequest> talkingPoints,

        @Schema(description = "At most 20; the leading # is optional and added when missing", maxItems = 20,
                examples = "[\"#FreeThemAll\", \"LettersOfHope\"]")
        @Size(max = 20) List<@NotNull @Pattern(regexp = HASHTAG,
                message = "must be a hashtag of 1 to 50 letters, digits or underscores") String> hashtags,

        @Schema(description = "The officials the campaign writes to, in the order to show them; at most 50. An "
                + "advocacy campaign needs at least one to be published.", maxItems = 50)
        @Size(max = 50) List<@NotNull UUID> targetIds,

        @Schema(description = "Where to mail the pieces", maxLength = 1000, pattern = TextRules.TEXT,
                examples = "Mail your postcard to the target's address below; a 56-cent stamp is enough.")
        @Size(max = 1000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String mailingInstructions,

        @Schema(description = "Where the pieces are mailed: CENTRAL (headquarters' central address, to be forwarded), "
                + "TARGETS (each target's own address; ADVOCACY only) or ADDRESS (mailToAddress). By default CENTRAL "
                + "for SOLIDARITY, TARGETS for ADVOCACY. Frontends read the envelopes at "
                + "GET /api/campaigns/{id}/mailing-addresses.", examples = "CENTRAL")
        CampaignMailTo mailTo,

        @Schema(description = "With mailTo ADDRESS, and only then: the campaign's own addressee and address")
        @Valid EnvelopeRequest mailToAddress,

        @Schema(description = "What to say when calling a target's office", maxLength = 4000, pattern = TextRules.TEXT,
                examples = "Hello, my name is ___ and I live in ___. I am calling to ask the Senator to support SB 54.")
        @Size(max = 4000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String callScript,

        @Schema(description = "A petition to sign (https)", maxLength = 500, pattern = TextRules.HTTPS_URL,
                examples = "https://petitions.example.org/free-them-all")
        @Size(max = 500) @Pattern(regexp = TextRules.HTTPS_URL, message = TextRules.HTTPS_URL_MESSAGE)
        String petitionUrl,

        @Schema(description = "Public accounts to tag in social posts, apart from the targets; at most 20",
                maxItems = 20)
        @Size(max = 20) List<OfficialRequest.@NotNull @Valid SocialHandleRequest> handlesToTag,

        @Schema(description = "Pieces hoped for; needed to publish", examples = "2000", minimum = "1",
                maximum = "10000000")
        @Min(1) @Max(10_000_000) Integer goal,

        @Schema(description = "First day; needed to publish. Between 2000-01-01 and 2100-12-31.",
                examples = "2026-12-01")
        LocalDate startsOn,

        @Schema(description = "Last day, not before the first; needed to publish", examples = "2027-01-31")
        LocalDate endsOn) {

    public static final String SLUG = "^[a-z0-9-]{3,80}$";
    public static final String HASHTAG = "^#?[A-Za-z0-9_]{1,50}$";

    @Schema(name = "TalkingPointGroupInput")
    public record TalkingPointGroupRequest(
            @Schema(examples = "Why parole", maxLength = 120, pattern = TextRules.LINE)
            @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
            String heading,

            @Schema(description = "1 to 10 points of at most 500 characters", minItems = 1, maxItems = 10)
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 500)
            @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String> points) {
    }

    CampaignPlan toPlan() {
        return new CampaignPlan(slug, name, kind, description, callToAction,
                talkingPoints == null ? List.of()
                        : talkingPoints.stream().map(g -> new TalkingPointGroup(g.heading(), g.points())).toList(),
                hashtags, targetIds, mailingInstructions, mailTo, mailToAddress == null ? null : mailToAddress.toForm(),
                callScript, petitionUrl, handlesToTag == null ? List.of()
                        : handlesToTag.stream().map(h -> new SocialHandle(h.platform(), h.handle())).toList(),
                goal, startsOn, endsOn);
    }
}
