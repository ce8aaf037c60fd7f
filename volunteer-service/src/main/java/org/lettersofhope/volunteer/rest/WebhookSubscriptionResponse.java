package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.volunteer.domain.WebhookStatus;
import org.lettersofhope.volunteer.domain.WebhookSubscription;

/** A webhook subscription; {@code secret} only in the answers that made it (creation, rotation). */
@Schema(name = "WebhookSubscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionResponse(
        UUID id,
        UUID chapterId,
        String targetUrl,
        List<String> eventTypes,
        String description,
        WebhookStatus status,
        @Schema(description = "Why the subscription is DISABLED or ENDED") String statusReason,
        @Schema(description = "The signing secret (whsec_…): in this answer only, store it") String secret,
        @Schema(description = "Until then the previous secret signs too") Instant previousSecretValidUntil,
        Instant createdAt,
        Instant updatedAt) {

    static WebhookSubscriptionResponse of(WebhookSubscription s, String secret) {
        Instant overlap = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(Instant.now())
                ? s.previousSecretUntil : null;
        return new WebhookSubscriptionResponse(s.id, s.chapterId, s.targetUrl, List.of(s.eventTypes),
                s.description, s.status, s.statusReason, secret, overlap, s.createdAt, s.updatedAt);
    }
}
