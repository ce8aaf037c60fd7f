package org.lettersofhope.commons.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public ({@code @PermitAll}) endpoint that answers more to a caller who sends a bearer token or an API key
 * (an insider sees exact tallies, a draft, or RSVPs as themselves). It changes nothing at run time; the OpenAPI
 * document declares such operations with optional security, so that generated clients send the credential.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface OptionalAuthentication {
}
