package org.lettersofhope.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lettersofhope.devinfra.DevTokens;

import io.restassured.http.ContentType;

/** A key an admin issues on volunteer-service works on the other services within seconds, and stops when revoked. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyPropagationIT {

    SystemUnderTest system;
    SystemUnderTest.Service volunteers;
    SystemUnderTest.Service tallies;
    SystemUnderTest.Service letters;

    @BeforeAll
    void start() throws Exception {
        system = SystemUnderTest.shared();
        SystemUnderTest.Services all = system.services();
        volunteers = all.volunteers();
        letters = all.letters();
        tallies = all.tallies();
    }

    @Test
    void aKeyIssuedOnVolunteerServiceWorksEverywhereUntilRevoked() {
        String admin = "Bearer " + DevTokens.sign(system.infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("admin"), null, Duration.ofMinutes(10));
        String chapter = given().baseUri(volunteers.url()).header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Keys chapter\",\"region\":\"US-CA\",\"facilityName\":\"Otay Mesa\"}")
                .when().post("/api/chapters").then().statusCode(201).extract().path("id");
        given().baseUri(volunteers.url()).header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"status\":\"ACTIVE\"}").when().post("/api/chapters/" + chapter + "/status")
                .then().statusCode(200);
        io.restassured.path.json.JsonPath issued = given().baseUri(volunteers.url())
                .header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"scope\":\"PARTNER\",\"chapterId\":\"" + chapter + "\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().jsonPath();
        String key = issued.getString("key");

        for (SystemUnderTest.Service s : List.of(tallies, letters)) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> given().baseUri(s.url())
                    .header("X-API-Key", key).when().get("/api/whoami").statusCode() == 200);
            given().baseUri(s.url()).header("X-API-Key", key)
                    .when().get("/api/whoami")
                    .then().body("roles", contains("partner")).body("chapterId", equalTo(chapter));
        }

        given().baseUri(volunteers.url()).header("Authorization", admin)
                .when().delete("/api/admin/api-keys/" + issued.getString("id"))
                .then().statusCode(204);
        for (SystemUnderTest.Service s : List.of(volunteers, tallies, letters)) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> given().baseUri(s.url())
                    .header("X-API-Key", key).when().get("/api/whoami").statusCode() == 401);
        }
    }
}
