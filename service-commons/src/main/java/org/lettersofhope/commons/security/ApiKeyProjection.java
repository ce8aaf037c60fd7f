package org.lettersofhope.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyRevoked;

/** Keeps this service's copy of the API keys volunteer-service issues and revokes. */
@ApplicationScoped
public class ApiKeyProjection implements EventHandler {

    @Inject
    ApiKeyRepository keys;

    @Override
    public String name() {
        return "api-keys";
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.API_KEY_ISSUED, this::issued)
                .on(EventTypes.API_KEY_REVOKED, this::revoked)
                .build();
    }

    private void issued(ApiKeyIssued issued) {
        // A scope this service does not know yet (read as null) grants nothing here: fail closed, keep no key.
        if (issued.scope() != null && keys.findById(issued.keyId()) == null) {
            ApiKey key = new ApiKey();
            key.id = issued.keyId();
            key.scope = issued.scope();
            key.chapterId = issued.chapterId();
            key.secretSha256 = issued.secretSha256();
            key.issuedAt = issued.issuedAt();
            keys.persist(key);
        }
    }

    private void revoked(ApiKeyRevoked revoked) {
        ApiKey key = keys.findById(revoked.keyId());
        if (key != null && key.revokedAt == null) {
            key.revokedAt = revoked.revokedAt();
        }
    }
}
