package org.lettersofhope.volunteer.rest;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Small bodies of the webhook subscription API. */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    @Schema(name = "WebhookSecretRotation")
    public record Rotation(
            @Schema(description = "How long the previous secret keeps signing beside the new one (ISO-8601, at most "
                    + "P7D)", defaultValue = "PT24H", example = "PT24H") Duration overlap) {
    }

    @Schema(name = "WebhookReplay")
    public record Replay(@Schema(description = "Events since then are sent again, as far as their payloads are "
            + "kept", required = true) @NotNull Instant since) {
    }

    @Schema(name = "WebhookReplayResult")
    public record Replayed(int deliveries) {
    }

    @Schema(name = "WebhookPingResult")
    public record Ping(@Schema(description = "The HTTP status the endpoint answered, if it did") Integer statusCode,
            String error, long latencyMs, boolean delivered) {
    }
}
