package org.lettersofhope.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a valid, unrevoked API key into an identity with the role of its scope and its chapter. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    @Inject
    ApiKeyRepository keys;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeySecrets.Parsed parsed = ApiKeySecrets.parse(request.key())
                    .orElseThrow(() -> new AuthenticationFailedException("malformed API key"));
            ApiKey key = QuarkusTransaction.requiringNew().call(() -> keys.findActive(parsed.keyId()).orElse(null));
            if (key == null || !ApiKeySecrets.matches(parsed.secret(), key.secretSha256)) {
                throw new AuthenticationFailedException("unknown or revoked API key");
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + key.id))
                    .addRole(switch (key.scope) {
                        case PARTNER -> Roles.PARTNER;
                        case DASHBOARD -> Roles.DASHBOARD;
                    });
            if (key.chapterId != null) {
                identity.addAttribute(Caller.CHAPTER_ATTRIBUTE, key.chapterId.toString());
            }
            return identity.build();
        });
    }
}
