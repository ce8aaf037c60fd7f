package org.lettersofhope.commons.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The value of an {@code X-API-Key} header, waiting to be checked. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
