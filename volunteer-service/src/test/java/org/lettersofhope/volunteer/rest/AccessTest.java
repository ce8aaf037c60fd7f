package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.devinfra.DevKeys;
import org.lettersofhope.devinfra.DevTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bearer tokens and API keys, as every later endpoint will use them. */
@QuarkusTest
class AccessTest {

    static final String ADMIN = TestTokens.bearer("admin");

    @Test
    void anonymousCallerIsAskedToAuthenticateWithAProblem() {
        given().when().get("/api/whoami")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void validTokenIsAcceptedWithItsRoles() {
        UUID person = UUID.randomUUID();
        given().header("Authorization", TestTokens.bearerFor(person, null, "coordinator"))
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("name", equalTo(person.toString()))
                .body("roles", contains("coordinator"))
                .body("kind", equalTo("jwt"));
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected(@TempDir Path dir) throws Exception {
        DevKeys.ensure(dir);
        String forged = DevTokens.sign(dir.resolve(DevKeys.PRIVATE_KEY_FILE), "mallory", List.of("admin"), null,
                Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + forged)
                .when().get("/api/whoami")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void garbageTokenIsRejected() {
        given().header("Authorization", "Bearer not.a.jwt")
                .when().get("/api/whoami")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminIssuesApiKeys() {
        String body = "{\"scope\":\"DASHBOARD\",\"label\":\"wall screen\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/api-keys")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("coordinator", "headquarters")).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/admin/api-keys")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("volunteer")).contentType(ContentType.JSON).body(body)
                .when().get("/api/admin/api-keys")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** A list entry carries exactly the fields the OpenAPI document declares for ApiKey, no Java-derived extras. */
    @Test
    void listedApiKeysCarryOnlyTheDeclaredFields() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\",\"label\":\"fields\"}")
                .when().post("/api/admin/api-keys").then().statusCode(201);
        java.util.List<java.util.Map<String, Object>> keys = given().header("Authorization", ADMIN)
                .when().get("/api/admin/api-keys").then().statusCode(200).extract().jsonPath().getList("items");
        java.util.Set<String> declared = java.util.Set.of("id", "scope", "chapterId", "label", "issuedAt",
                "revokedAt", "key");
        for (java.util.Map<String, Object> k : keys) {
            org.junit.jupiter.api.Assertions.assertTrue(declared.containsAll(k.keySet()), k.keySet().toString());
            org.junit.jupiter.api.Assertions.assertTrue(k.containsKey("issuedAt"), k.keySet().toString());
        }
        org.junit.jupiter.api.Assertions.assertFalse(keys.isEmpty());
    }

    /** The key list is a page of the one shape, sized as asked. */
    @Test
    void apiKeysAreListedAsAPage() {
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"scope\":\"DASHBOARD\",\"label\":\"page" + i + "\"}")
                    .when().post("/api/admin/api-keys").then().statusCode(201);
        }
        given().header("Authorization", ADMIN).queryParam("size", 1)
                .when().get("/api/admin/api-keys").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(1))
                .body("page", org.hamcrest.Matchers.is(0))
                .body("size", org.hamcrest.Matchers.is(1))
                .body("hasNext", org.hamcrest.Matchers.is(true));
    }

    @Test
    void anIssuedPartnerKeyAuthenticatesAsItsChapterUntilRevoked() {
        UUID chapter = org.lettersofhope.volunteer.support.Fixtures.activeChapter();
        String id = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"PARTNER\",\"chapterId\":\"" + chapter + "\",\"label\":\"sync\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("loh_"))
                .extract().path("id");
        String key = given().header("Authorization", ADMIN)
                .when().get("/api/admin/api-keys")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.key", nullValue())
                .extract().path("find { it.id == '" + id + "' }.id");
        // the list never shows the secret; take it from a fresh key instead
        String secretKey = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"PARTNER\",\"chapterId\":\"" + chapter + "\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        String secretKeyId = given().header("X-API-Key", secretKey)
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("roles", contains("partner"))
                .body("chapterId", equalTo(chapter.toString()))
                .body("kind", equalTo("api-key"))
                .extract().path("name");

        given().header("Authorization", ADMIN)
                .when().delete("/api/admin/api-keys/" + secretKeyId.substring("api-key:".length()))
                .then().statusCode(204);
        given().header("X-API-Key", secretKey)
                .when().get("/api/whoami")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ADMIN)
                .when().get("/api/admin/api-keys")
                .then().statusCode(200)
                .body("items.find { it.id == '" + key + "' }.revokedAt", nullValue())
                .body("items.id", hasItem(id));
    }

    @Test
    void aKeyWithAWrongSecretOrShapeIsRejected() {
        String key = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        String tampered = key.substring(0, key.length() - 2) + (key.endsWith("AA") ? "BB" : "AA");
        for (String bad : List.of(tampered, "loh_nothex", "x".repeat(5000), "")) {
            given().header("X-API-Key", bad)
                    .when().get("/api/whoami")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aPartnerKeyNeedsAnActiveChapter() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"PARTNER\",\"chapterId\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aPartnerKeyNeedsAChapter() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"PARTNER\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.message", hasItem("a PARTNER key needs a chapterId"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"OWNER\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(400)
                .body("violations.field", hasItem("scope"))
                .body("violations.message", not(hasItem(startsWith("java"))));
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        given().header("Authorization", ADMIN)
                .when().delete("/api/admin/api-keys/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ADMIN)
                .when().delete("/api/admin/api-keys/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
