package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.volunteer.domain.WebhookDeliveryStore;

/** One delivery of one event to a subscription, with its attempts. No payload. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryResponse(
        long id,
        @Schema(description = "The CloudEvent id, sent as webhook-id") UUID eventId,
        String eventType,
        Instant eventTime,
        @Schema(enumeration = { "PENDING", "DELIVERED", "GIVEN_UP" }) String status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Integer lastLatencyMs,
        @Schema(description = "When a pending delivery is next tried") Instant nextAttemptAt,
        Instant createdAt,
        Instant completedAt,
        List<AttemptResponse> attemptLog) {

    @Schema(name = "WebhookAttempt")
    public record AttemptResponse(int attempt, Instant at, Integer statusCode, String error, int latencyMs) {
    }

    static WebhookDeliveryResponse of(WebhookDeliveryStore.LogEntry e, List<WebhookDeliveryStore.Attempt> attempts) {
        return new WebhookDeliveryResponse(e.id(), e.eventId(), e.eventType(), e.eventTime(), e.status(),
                e.attempts(), e.lastStatus(), e.lastError(), e.lastLatencyMs(), e.nextAttemptAt(), e.createdAt(),
                e.completedAt(), attempts.stream().filter(a -> a.deliveryId() == e.id())
                        .map(a -> new AttemptResponse(a.attempt(), a.at(), a.status(), a.error(), a.latencyMs()))
                        .toList());
    }
}
