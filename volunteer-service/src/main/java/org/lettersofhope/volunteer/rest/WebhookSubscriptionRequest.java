package org.lettersofhope.volunteer.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;

/** A new webhook subscription. */
@Schema(name = "WebhookSubscriptionRequest")
public record WebhookSubscriptionRequest(
        @Schema(description = "Where deliveries are POSTed: an https URL (http only outside production) whose host "
                + "resolves to public addresses", maxLength = 2048, required = true)
        @NotBlank @Size(max = 2048) @Pattern(regexp = "^[!-~]+$", message = "must be a URL of printable ASCII")
        String targetUrl,
        @Schema(description = "CloudEvents types wanted, from the catalogue (GET /api/webhook-subscriptions/"
                + "event-types)", required = true, maxItems = 50)
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 200) String> eventTypes,
        @Schema(maxLength = 500) @Size(max = 500) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String description,
        @Schema(description = "The chapter whose events are sent: an admin names it; a partner key may leave it out "
                + "(its own chapter) and may name no other")
        UUID chapterId) {
}
