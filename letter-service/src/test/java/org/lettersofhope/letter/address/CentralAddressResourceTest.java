package org.lettersofhope.letter.address;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.apiKey;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Headquarters' central mailing address: set by headquarters with If-Match once it exists, read by anyone. */
@QuarkusTest
class CentralAddressResourceTest {

    private static final String PATH = "/api/mailing-address";

    private static Map<String, Object> body(String line1) {
        Map<String, Object> address = new HashMap<>();
        address.put("line1", line1);
        address.put("line2", "PO Box 1234");
        address.put("city", "Oakland");
        address.put("region", "us-ca");
        address.put("postalCode", "94612");
        Map<String, Object> body = new HashMap<>();
        body.put("addressee", "Letters of Hope - Solidarity Mail");
        body.put("address", address);
        return body;
    }

    private static ValidatableResponse put(String credential, Object body, String ifMatch) {
        var r = as(credential).contentType(ContentType.JSON).body(body);
        return (ifMatch == null ? r : r.header("If-Match", ifMatch)).when().put(PATH).then();
    }

    /** The address set to {@code line1}, whatever was there: answers its ETag. */
    private static String setTo(String line1) {
        var current = given().when().get(PATH).then().extract();
        String etag = current.statusCode() == 200 ? current.header("ETag") : null;
        return put(hq(), body(line1), etag).statusCode(etag == null ? 201 : 200).extract().header("ETag");
    }

    @Test
    void headquartersSetsItAndEveryoneReadsTheSame() {
        String line1 = "1 Solidarity Way " + UUID.randomUUID().toString().substring(0, 6);
        String etag = setTo(line1);
        given().when().get(PATH).then().statusCode(200).header("ETag", etag)
                .body("addressee", equalTo("Letters of Hope - Solidarity Mail"))
                .body("address.line1", equalTo(line1)).body("address.region", equalTo("US-CA"))
                .body("address.country", equalTo("US")).body("address.postalCode", equalTo("94612"));
        String anonymous = given().when().get(PATH).then().extract().asString();
        for (String who : List.of(volunteer(UUID.randomUUID()), coordinatorOf(UUID.randomUUID()), hq(),
                apiKey(ApiKeyScope.PARTNER, UUID.randomUUID()), apiKey(ApiKeyScope.DASHBOARD, null),
                TestTokens.bearer("admin"))) {
            assertEquals(anonymous, as(who).when().get(PATH).then().statusCode(200).extract().asString());
        }
    }

    @Test
    void aChangeNeedsTheVersionLastRead() {
        String etag = setTo("2 Old Street");
        put(hq(), body("3 New Street"), null).statusCode(428).contentType("application/problem+json");
        put(hq(), body("3 New Street"), "\"999999\"").statusCode(412).contentType("application/problem+json");
        given().when().get(PATH).then().body("address.line1", equalTo("2 Old Street"));
        String next = put(hq(), body("3 New Street"), etag).statusCode(200).body("address.line1",
                equalTo("3 New Street")).extract().header("ETag");
        put(hq(), body("4 Stale Street"), etag).statusCode(412);
        given().when().get(PATH).then().header("ETag", next).body("address.line1", equalTo("3 New Street"));
    }

    @Test
    void onlyHeadquartersSetsIt() {
        String etag = setTo("5 Guarded Road");
        given().contentType(ContentType.JSON).body(body("6 Intruder Road")).header("If-Match", etag).when().put(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        for (String who : List.of(volunteer(UUID.randomUUID()), coordinatorOf(UUID.randomUUID()),
                TestTokens.bearer("coordinator"), apiKey(ApiKeyScope.PARTNER, UUID.randomUUID()),
                apiKey(ApiKeyScope.DASHBOARD, null))) {
            put(who, body("6 Intruder Road"), etag).statusCode(403).contentType("application/problem+json");
        }
        given().when().get(PATH).then().header("ETag", etag).body("address.line1", equalTo("5 Guarded Road"));
        put(TestTokens.bearer("admin"), body("7 Admin Road"), etag).statusCode(200);
    }

    @Test
    void rejectsAnIncompleteOrMalformedAddressAndKeepsTheOldOne() {
        String etag = setTo("8 Kept Lane");
        Map<String, Object> bad = body("");
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) bad.get("address");
        address.put("region", "California");
        address.put("postalCode", "!");
        bad.put("addressee", "x".repeat(201));
        put(hq(), bad, etag).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("addressee", "address.line1", "address.region",
                        "address.postalCode"));
        put(hq(), Map.of("addressee", "No address"), etag).statusCode(400)
                .body("violations.field", hasItem("address"));
        as(hq()).contentType(ContentType.JSON).body("{\"addressee\":").header("If-Match", etag).when().put(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(PATH).then().statusCode(200).header("ETag", etag)
                .body("address.line1", equalTo("8 Kept Lane"));
    }
}
