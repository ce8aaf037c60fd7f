package org.lettersofhope.volunteer.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A redirect is an answer like any other failure: the sender never follows it (it could point anywhere, an internal
 * address included), the attempt is logged with its status, and the delivery is tried again at the address the
 * subscription names, with the same webhook-id.
 */
@QuarkusTest
class WebhookRedirectTest {

    @Test
    void redirectsAreNeverFollowedAndCountAsFailedAttempts() throws Exception {
        try (Receiver receiver = new Receiver().start(); Receiver elsewhere = new Receiver().start()) {
            UUID chapter = Fixtures.activeChapter();
            UUID volunteer = Fixtures.register();
            Fixtures.join(volunteer, chapter);
            WebhookDeliveryTest.subscribe(chapter, receiver.url("/hook"),
                    Set.of(EventTypes.VOLUNTEER_STATUS_CHANGED.name()));
            for (int status : List.of(301, 302, 307, 308)) {
                receiver.behaviour = n -> status;
                receiver.location = elsewhere.url("/took-the-bait");
                int before = receiver.requests().size();
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                    if (receiver.requests().size() == 0) {
                        given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                                .body("{\"status\":\"ACTIVE\"}")
                                .when().post("/api/volunteers/" + volunteer + "/status").then().statusCode(200);
                    }
                    return receiver.requests().size() >= before + 2;
                });
            }
            receiver.behaviour = n -> 200;
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.requests().stream().anyMatch(r -> r.answered() == 200));

            assertEquals(List.of(), elsewhere.requests(), "no redirect was followed");
            Set<String> ids = receiver.requests().stream().map(Receiver.Request::id)
                    .collect(Collectors.toSet());
            assertEquals(1, ids.size(), "every attempt was the same delivery: " + ids);
            assertTrue(receiver.requests().stream().allMatch(r -> r.path().equals("/hook")));
            String subscription = given().header("Authorization", Fixtures.ADMIN).queryParam("chapterId", chapter)
                    .when().get("/api/webhook-subscriptions").then().statusCode(200).extract().path("items[0].id");
            String log = given().header("Authorization", Fixtures.ADMIN).queryParam("size", 100)
                    .when().get("/api/webhook-subscriptions/" + subscription + "/deliveries")
                    .then().statusCode(200).extract().asString();
            for (int status : List.of(301, 302, 307, 308)) {
                assertTrue(log.contains("\"statusCode\":" + status), status + " logged: " + log);
            }
            assertEquals("ACTIVE", given().header("Authorization", Fixtures.ADMIN)
                    .when().get("/api/webhook-subscriptions/" + subscription)
                    .then().statusCode(200).extract().path("status"));
        }
    }
}
