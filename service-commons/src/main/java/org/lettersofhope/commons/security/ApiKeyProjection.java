package org.lettersofhope.commons.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
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
    public Set<String> topics() {
        return Set.of(Topics.API_KEYS);
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.API_KEY_ISSUED.name().equals(eventType)
                || EventTypes.API_KEY_REVOKED.name().equals(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (EventTypes.API_KEY_ISSUED.name().equals(event.type())) {
            ApiKeyIssued issued = EventCodec.payload(event, EventTypes.API_KEY_ISSUED);
            if (keys.findById(issued.keyId()) == null) {
                ApiKey key = new ApiKey();
                key.id = issued.keyId();
                key.scope = issued.scope();
                key.chapterId = issued.chapterId();
                key.secretSha256 = issued.secretSha256();
                key.issuedAt = issued.issuedAt();
                keys.persist(key);
            }
        } else {
            ApiKeyRevoked revoked = EventCodec.payload(event, EventTypes.API_KEY_REVOKED);
            ApiKey key = keys.findById(revoked.keyId());
            if (key != null && key.revokedAt == null) {
                key.revokedAt = revoked.revokedAt();
            }
        }
    }
}
