package org.lettersofhope.tally.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.rest.SecurityHeaders;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard and every other answer tell browsers not to sniff, not to send referrers, never to frame them, and
 * (the dashboard's Content-Security-Policy) to run only the page's own script and style and talk only to its own
 * origin. DashboardChromiumTest shows the page still works under it.
 */
@QuarkusTest
class DashboardSecurityHeadersTest {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void theDashboardIsServedWithAStrictPolicy() {
        for (String path : List.of("/dashboard/", "/dashboard/index.html", "/dashboard/dashboard.js",
                "/dashboard/dashboard.css")) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", equalTo(POLICY))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(POLICY, SecurityHeaders.DEFAULT_POLICY);
    }

    @Test
    void everyOtherAnswerCarriesThemToo() {
        for (String path : List.of("/api/tallies", "/api/campaigns/" + UUID.randomUUID() + "/tallies",
                "/dashboard/missing.js", "/nowhere")) {
            given().get(path).then()
                    .header("Content-Security-Policy", equalTo(POLICY))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
        given().get("/q/openapi").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
