package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.volunteer.support.Fixtures.HQ;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Partner chapters moving from spreadsheets. */
@QuarkusTest
class VolunteerImportTest {

    static final String HEADER = "firstName,lastName,email,postalCode,region,roles,languages,skills,contactConsent\n";

    @Inject
    VolunteerRepository volunteers;

    static io.restassured.response.Response upload(String auth, String csv) {
        return given().header(auth.startsWith("loh_") ? "X-API-Key" : "Authorization", auth)
                .contentType("text/csv").body(csv).when().post("/api/volunteers/import");
    }

    long withEmail(String email) {
        return QuarkusTransaction.requiringNew().call(() -> volunteers.count("email", email.toLowerCase()));
    }

    @Test
    void importsGoodRowsAndReportsBadOnesByRowNumber() {
        String known = Fixtures.uniqueEmail("known");
        Fixtures.register(known, null);
        String fresh = Fixtures.uniqueEmail("fresh");
        String csv = HEADER
                + "Ana,Diaz," + fresh + ",92101,US-CA,WEEKLY_LETTER_WRITER,es;en,translation,yes\n"
                + "Maria,Lopez," + known.toUpperCase() + ",92101,us-ca,QUICK_NOTES,es,,no\n"
                + "Bad,Email,not-an-email,92101,US-CA,QUICK_NOTES,,,no\n"
                + "Again,Dup," + fresh + ",92101,US-CA,QUICK_NOTES,,,no\n"
                + "Role,Unknown," + Fixtures.uniqueEmail("role") + ",92101,US-CA,ASTRONAUT,,,no\n"
                + "\"<script>\",X," + Fixtures.uniqueEmail("xss") + ",92101,US-CA,QUICK_NOTES,,,no\n";
        upload(HQ, csv).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("rejectedCount", equalTo(4))
                .body("rejected.row", contains(4, 5, 6, 7))
                .body("rejected[0].reason", containsString("email"))
                .body("rejected[1].reason", equalTo("same email as row 2"))
                .body("rejected[2].reason", containsString("roles"))
                .body("rejected[3].reason", containsString("firstName"));
        assertEquals(1, withEmail(fresh));
        QuarkusTransaction.requiringNew().run(() -> {
            var updated = volunteers.findByEmail(known).orElseThrow();
            assertEquals("QUICK_NOTES", updated.roles[0]);
            var created = volunteers.findByEmail(fresh).orElseThrow();
            assertEquals("translation", created.skills[0]);
        });
    }

    @Test
    void aFileThatIsNotCsvWritesNothing() {
        String first = Fixtures.uniqueEmail("first");
        String csv = HEADER + "Ana,Diaz," + first + ",92101,US-CA,QUICK_NOTES,,,no\n"
                + "\"Unclosed,quote,x@example.org,92101,US-CA,QUICK_NOTES,,,no\n";
        upload(HQ, csv).then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed CSV"));
        assertEquals(0, withEmail(first));
    }

    @Test
    void unknownOrMissingColumnsRefuseTheFile() {
        upload(HQ, "firstName,lastName,email,postalCode,region,roles,favouriteColour\n").then().statusCode(400)
                .body("detail", containsString("favouriteColour"));
        upload(HQ, "firstName,email\nAna,a@example.org\n").then().statusCode(400)
                .body("detail", containsString("Missing columns"));
        upload(HQ, "").then().statusCode(400);
    }

    @Test
    void aPartnerKeyImportsIntoItsOwnChapterOnly() {
        UUID chapter = Fixtures.activeChapter();
        String key = Fixtures.partnerKey(chapter);
        String email = Fixtures.uniqueEmail("partner");
        upload(key, HEADER + "Ana,Diaz," + email + ",92101,US-CA,QUICK_NOTES,,,no\n").then().statusCode(200)
                .body("created", equalTo(1));
        QuarkusTransaction.requiringNew().run(() ->
                assertEquals(chapter, volunteers.findByEmail(email).orElseThrow().chapterId));
        given().header("X-API-Key", key).contentType("text/csv").queryParam("chapterId", UUID.randomUUID())
                .body(HEADER).when().post("/api/volunteers/import")
                .then().statusCode(400);
        upload(Fixtures.tokenOf(Fixtures.register()), HEADER).then().statusCode(403);
    }

    @Test
    void aChaptersImportCannotChangeOrClaimAnotherChaptersVolunteer() {
        UUID chapterA = Fixtures.activeChapter();
        UUID chapterB = Fixtures.activeChapter();
        String email = Fixtures.uniqueEmail("b-member");
        UUID member = Fixtures.register(email, null);
        Fixtures.join(member, chapterB);
        String unaffiliated = Fixtures.uniqueEmail("nobody");
        UUID loner = Fixtures.register(unaffiliated, null);

        upload(Fixtures.partnerKey(chapterA), HEADER
                + "Hijack,Attempt," + email + ",92101,US-CA,QUICK_NOTES,,,no\n"
                + "Claim,Attempt," + unaffiliated + ",92101,US-CA,QUICK_NOTES,,,no\n")
                .then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("rejected.row", contains(2, 3));
        QuarkusTransaction.requiringNew().run(() -> {
            var b = volunteers.findById(member);
            assertEquals(chapterB, b.chapterId);
            assertEquals("Maria", b.firstName);
            assertEquals(null, volunteers.findById(loner).chapterId);
        });
        // headquarters may move people between chapters by import
        given().header("Authorization", HQ).contentType("text/csv").queryParam("chapterId", chapterA)
                .body(HEADER + "Maria,Lopez," + email + ",92101,US-CA,QUICK_NOTES,,,no\n")
                .when().post("/api/volunteers/import")
                .then().statusCode(200).body("updated", equalTo(1));
    }

    @Test
    void refusesOversizedFilesAndOtherMediaTypes() {
        StringBuilder big = new StringBuilder(HEADER);
        String row = "Ana,Diaz,a@example.org,92101,US-CA,QUICK_NOTES,,,no\n";
        while (big.length() < 33 * 1024 * 1024) {
            big.append(row);
        }
        upload(HQ, big.toString()).then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", HQ).contentType(ContentType.JSON).body("{}")
                .when().post("/api/volunteers/import").then().statusCode(415);
    }
}
