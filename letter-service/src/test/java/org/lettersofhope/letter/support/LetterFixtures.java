package org.lettersofhope.letter.support;

import static io.restassured.RestAssured.given;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.lettersofhope.commons.security.ApiKey;
import org.lettersofhope.commons.security.ApiKeyRepository;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Letters made and moved through the REST API. */
public final class LetterFixtures {

    private LetterFixtures() {
    }

    public static String volunteer(UUID id) {
        return TestTokens.bearerFor(id, null, "volunteer");
    }

    public static String coordinatorOf(UUID chapter) {
        return TestTokens.bearerFor(UUID.randomUUID(), chapter, "coordinator");
    }

    /** A bearer token ("Bearer …") or an API key. */
    public static RequestSpecification as(String credential) {
        return credential.startsWith("Bearer ") ? given().header("Authorization", credential)
                : given().header("X-API-Key", credential);
    }

    public static Map<String, Object> letterBody(UUID recipient) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "LETTER");
        body.put("origin", "PEN_PAL");
        body.put("recipientId", recipient.toString());
        return body;
    }

    public static ValidatableResponse log(String credential, Map<String, Object> body) {
        return as(credential).contentType(ContentType.JSON).body(body).when().post("/api/letters").then();
    }

    /** The body of a volunteer's letter to their pen pal, named by the match. */
    public static Map<String, Object> penPalLetterBody(String matchId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "LETTER");
        body.put("origin", "PEN_PAL");
        body.put("penPalId", matchId);
        return body;
    }

    /** Logged by the recipient's pen pal (matched first if they have none): LOGGED. */
    public static UUID loggedLetter(UUID recipient) {
        PenPalFixtures.PenPal penPal = PenPalFixtures.penPalOf(recipient);
        return UUID.fromString(log(volunteer(penPal.writer()), penPalLetterBody(penPal.matchId())).statusCode(201)
                .extract().path("id"));
    }

    /** Logged by headquarters: RECEIVED. */
    public static UUID receivedLetter(UUID recipient) {
        return UUID.fromString(log(hq(), letterBody(recipient)).statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse transition(UUID letter, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().header("Authorization", hq()).contentType(ContentType.JSON).body(body)
                .when().post("/api/letters/" + letter + "/transitions").then();
    }

    public static UUID approvedLetter(UUID recipient) {
        UUID letter = receivedLetter(recipient);
        transition(letter, "APPROVED", null).statusCode(200);
        return letter;
    }

    public static ValidatableResponse read(String credential, UUID letter) {
        return as(credential).when().get("/api/letters/" + letter).then();
    }

    /** An open batch for the facility; answers its id. */
    public static UUID openBatch(UUID facility) {
        return UUID.fromString(given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(Map.of("facilityId", facility.toString())).when().post("/api/mail-batches")
                .then().statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse addToBatch(UUID batch, UUID letter) {
        return addToBatch(hq(), batch, letter);
    }

    /** As the given coordinator (tokens are made up front: making them is not safe across threads). */
    public static ValidatableResponse addToBatch(String coordinator, UUID batch, UUID letter) {
        return given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body(Map.of("letterId", letter.toString())).when().post("/api/mail-batches/" + batch + "/letters")
                .then();
    }

    public static ValidatableResponse seal(UUID batch) {
        return given().header("Authorization", hq()).when().post("/api/mail-batches/" + batch + "/seal").then();
    }

    public static ValidatableResponse mail(UUID batch, long postageCents, String currency) {
        return given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(Map.of("postageCents", postageCents, "currency", currency))
                .when().post("/api/mail-batches/" + batch + "/mailing").then();
    }

    /** A letter headquarters mailed to the recipient's facility in a batch of its own. */
    public static UUID mailedLetter(UUID recipient, UUID facility) {
        UUID letter = approvedLetter(recipient);
        UUID batch = openBatch(facility);
        addToBatch(batch, letter).statusCode(200);
        seal(batch).statusCode(200);
        mail(batch, 73, "USD").statusCode(200);
        return letter;
    }

    /**
     * An API key as volunteer-service would issue it, written straight into this service's projection of issued keys
     * (what the ApiKeyIssued consumer does); answers the key to send in X-API-Key.
     */
    public static String apiKey(ApiKeyScope scope, UUID chapter) {
        ApiKeySecrets.NewKey key = ApiKeySecrets.generate();
        QuarkusTransaction.requiringNew().run(() -> {
            ApiKey row = new ApiKey();
            row.id = key.keyId();
            row.scope = scope;
            row.chapterId = chapter;
            row.secretSha256 = key.secretSha256();
            row.issuedAt = Instant.now();
            Arc.container().instance(ApiKeyRepository.class).get().persist(row);
        });
        return key.plaintext();
    }
}
