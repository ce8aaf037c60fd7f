package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.security.ApiKey;
import org.lettersofhope.shared.event.access.ApiKeyScope;

@Schema(name = "ApiKey")
public record ApiKeyResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) ApiKeyScope scope,
        UUID chapterId,
        String label,
        @Schema(required = true) Instant issuedAt,
        Instant revokedAt,
        @Schema(description = "The key to send as X-API-Key. Present only in the answer to issuing it: store it now, "
                + "it cannot be shown again.") String key) {

    static ApiKeyResponse of(ApiKey k, String plaintext) {
        return new ApiKeyResponse(k.id, k.scope, k.chapterId, k.label, k.issuedAt, k.revokedAt, plaintext);
    }
}
