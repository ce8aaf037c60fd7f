package org.lettersofhope.letter.support;

import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.restassured.http.ContentType;

/** Officials, campaigns, tokens and keys for tests; every call makes data of its own (tests share the database). */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    public static String admin() {
        return TestTokens.bearer("admin");
    }

    /** A partner key of the chapter. */
    public static String partnerKeyOf(UUID chapter) {
        return LetterFixtures.apiKey(ApiKeyScope.PARTNER, chapter);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static Map<String, Object> officialForm() {
        Map<String, Object> address = new HashMap<>();
        address.put("line1", "2707 Martin Luther King Jr Ave SE");
        address.put("line2", "Mail Stop 0525");
        address.put("city", "Washington");
        address.put("region", "US-DC");
        address.put("postalCode", "20528");
        Map<String, Object> form = new HashMap<>();
        form.put("name", "Alex Rivera " + UUID.randomUUID().toString().substring(0, 6));
        form.put("title", "Secretary of Homeland Security");
        form.put("office", "U.S. Department of Homeland Security");
        form.put("mailingAddress", address);
        form.put("socialHandles", List.of(Map.of("platform", "BLUESKY", "handle", "@dhs.example.gov")));
        return form;
    }

    /** Adds an official as headquarters and answers its id. */
    public static String official() {
        return as(hq()).contentType(ContentType.JSON).body(officialForm()).when().post("/api/officials")
                .then().statusCode(201).extract().path("id");
    }

    /** A complete campaign form of the kind, running from yesterday for a month, targeting the officials given. */
    public static Map<String, Object> campaignForm(String kind, String... targetIds) {
        Map<String, Object> form = new HashMap<>();
        form.put("slug", uniqueSlug(kind.toLowerCase()));
        form.put("name", "Write to the Secretary");
        form.put("kind", kind);
        form.put("description", "Families are separated by detention far from home.\nWrite today.");
        form.put("callToAction", "Send a postcard asking for release on parole.");
        form.put("talkingPoints", List.of(Map.of("heading", "Why parole",
                "points", List.of("Detention is not necessary", "Parole keeps families together"))));
        form.put("hashtags", List.of("#FreeThemAll", "LettersOfHope"));
        form.put("targetIds", new ArrayList<>(List.of(targetIds)));
        form.put("mailingInstructions", "Mail your postcard to the address shown for each target.");
        form.put("goal", 2000);
        form.put("startsOn", today().minusDays(1).toString());
        form.put("endsOn", today().plusDays(30).toString());
        return form;
    }

    /** Drafts the campaign as headquarters and answers its id. */
    public static String draft(Map<String, Object> form) {
        return as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns")
                .then().statusCode(201).extract().path("id");
    }

    public static void publish(String campaignId) {
        as(hq()).when().post("/api/campaigns/" + campaignId + "/publish").then().statusCode(200);
    }

    /** An active advocacy campaign with one new target; answers {campaignId, targetId}. */
    public static String[] activeAdvocacy() {
        String target = official();
        String campaign = draft(campaignForm("ADVOCACY", target));
        publish(campaign);
        return new String[] { campaign, target };
    }
}
