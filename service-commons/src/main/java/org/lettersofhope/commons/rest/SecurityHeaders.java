package org.lettersofhope.commons.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * Headers that keep a browser from misusing any answer of a service: no content sniffing, no referrer leaving,
 * never framed, and a Content-Security-Policy that lets a page (tally-service's dashboard) run only its own script
 * and style and talk only to its own origin — no inline code, nothing from elsewhere. JSON answers carry the same
 * policy; it only matters if a browser were made to render one. Quarkus' own pages under {@code /q/} (Swagger UI)
 * use inline script, so they get only what cannot break them: nosniff, no referrer and no framing.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String DEFAULT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    @ConfigProperty(name = "letters.http.content-security-policy", defaultValue = DEFAULT_POLICY)
    String policy;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            boolean management = ctx.request().path().startsWith("/q/");
            ctx.addHeadersEndHandler(v -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Content-Security-Policy", management ? "frame-ancestors 'none'" : policy);
            });
            ctx.next();
        });
    }
}
