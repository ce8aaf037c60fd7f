package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lettersofhope.client.letter.api.CampaignsApi;
import org.lettersofhope.client.letter.api.OfficialsApi;
import org.lettersofhope.client.letter.model.Campaign;
import org.lettersofhope.client.letter.model.CampaignForm;
import org.lettersofhope.client.letter.model.CampaignKind;
import org.lettersofhope.client.letter.model.CampaignStatus;
import org.lettersofhope.client.letter.model.MailingAddressForm;
import org.lettersofhope.client.letter.model.Official;
import org.lettersofhope.client.letter.model.OfficialForm;
import org.lettersofhope.client.tally.api.ReportBacksApi;
import org.lettersofhope.client.tally.api.TalliesApi;
import org.lettersofhope.client.tally.model.ActionType;
import org.lettersofhope.client.tally.model.CampaignTallies;
import org.lettersofhope.client.tally.model.LedgerEntry;
import org.lettersofhope.client.tally.model.ReportBack;
import org.lettersofhope.client.volunteer.ApiException;
import org.lettersofhope.client.volunteer.ApiResponse;
import org.lettersofhope.client.volunteer.api.ChaptersApi;
import org.lettersofhope.client.volunteer.api.CommunityEventsApi;
import org.lettersofhope.client.volunteer.api.RsvpsApi;
import org.lettersofhope.client.volunteer.api.VolunteersApi;
import org.lettersofhope.client.volunteer.model.Chapter;
import org.lettersofhope.client.volunteer.model.ChapterProposal;
import org.lettersofhope.client.volunteer.model.ChapterStatus;
import org.lettersofhope.client.volunteer.model.ChapterStatusChange;
import org.lettersofhope.client.volunteer.model.CommunityEvent;
import org.lettersofhope.client.volunteer.model.CommunityEventFormat;
import org.lettersofhope.client.volunteer.model.CommunityEventKind;
import org.lettersofhope.client.volunteer.model.CommunityEventPlan;
import org.lettersofhope.client.volunteer.model.CommunityEventStatus;
import org.lettersofhope.client.volunteer.model.ConfirmationRequest;
import org.lettersofhope.client.volunteer.model.EventLocation;
import org.lettersofhope.client.volunteer.model.Problem;
import org.lettersofhope.client.volunteer.model.ProblemViolationsInner;
import org.lettersofhope.client.volunteer.model.RegistrationReceipt;
import org.lettersofhope.client.volunteer.model.Rsvp;
import org.lettersofhope.client.volunteer.model.RsvpRequest;
import org.lettersofhope.client.volunteer.model.RsvpStatus;
import org.lettersofhope.client.volunteer.model.SignUpConfirmation;
import org.lettersofhope.client.volunteer.model.Volunteer;
import org.lettersofhope.client.volunteer.model.VolunteerForm;
import org.lettersofhope.client.volunteer.model.VolunteerRole;
import org.lettersofhope.client.volunteer.model.VolunteerStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A newcomer's scenario written only against the Java clients that the build generates (openapi-generator, java /
 * native, spec validation on) from the OpenAPI documents the services' builds stored, run against the packaged
 * services. The documents are the ones the services serve: the first test checks that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientsIT {

    private static final String REPLAYED = "Idempotent-Replayed";

    SystemUnderTest system;
    SystemUnderTest.Service volunteers;
    SystemUnderTest.Service letters;
    SystemUnderTest.Service tallies;
    String hq;
    String admin;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start() throws Exception {
        system = SystemUnderTest.shared();
        SystemUnderTest.Services all = system.services();
        volunteers = all.volunteers();
        letters = all.letters();
        tallies = all.tallies();
        hq = token(UUID.randomUUID(), "coordinator", "headquarters");
        admin = token(UUID.randomUUID(), "admin");
    }

    @Test
    void theDocumentsTheClientsAreGeneratedFromAreTheOnesTheServicesServe() throws Exception {
        for (SystemUnderTest.Service s : List.of(volunteers, letters, tallies)) {
            Path stored = SystemUnderTest.PROJECT.resolve(s.module + "/target/openapi/openapi.json");
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(s.url()
                    + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode(), s.module);
            JsonNode storedDoc = json.readTree(Files.readString(stored));
            List<String> differences = new java.util.ArrayList<>();
            differences(storedDoc, json.readTree(served.body()), "", differences);
            assertEquals(List.of(), differences, s.module + ": " + stored + " differs from what /q/openapi serves");
            assertTrue(storedDoc.path("paths").size() > 10, s.module + ": a document with its paths");
        }
    }

    @Test
    void aNewcomerRunsTheWholeMovementWithTheGeneratedClients() throws Exception {
        String region = SystemUnderTest.freshRegion();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // headquarters drafts an advocacy campaign aimed at an official, and publishes it
        var officials = new OfficialsApi(letterClient(hq));
        var officialCreated = officials.createOfficialWithHttpInfo(new OfficialForm().name("Alex Rivera")
                .title("Secretary").office("Department of Homeland Security")
                .mailingAddress(new MailingAddressForm().line1("2707 MLK Jr Ave SE").city("Washington")
                        .region("US-DC").postalCode("20528")), UUID.randomUUID().toString());
        assertEquals(201, officialCreated.getStatusCode());
        Official official = officialCreated.getData();
        assertEquals(official.getId(), follow(letters, officialCreated.getHeaders(), hq, Official.class).getId());

        var campaigns = new CampaignsApi(letterClient(hq));
        String slug = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        var campaignCreated = campaigns.createCampaignWithHttpInfo(new CampaignForm().slug(slug)
                .name("Write to the Secretary").kind(CampaignKind.ADVOCACY).description("Parole, not detention.")
                .callToAction("Send a postcard.").targetIds(List.of(official.getId())).goal(100)
                .startsOn(today.minusDays(1)).endsOn(today.plusDays(30)), UUID.randomUUID().toString());
        assertEquals(201, campaignCreated.getStatusCode());
        Campaign draft = campaignCreated.getData();
        assertEquals(CampaignStatus.DRAFT, draft.getStatus());
        assertEquals(List.of(official.getId()), draft.getTargets().stream().map(Official::getId).toList());
        assertEquals(slug, follow(letters, campaignCreated.getHeaders(), hq, Campaign.class).getSlug());
        Campaign campaign = campaigns.publishCampaign(draft.getId());
        assertEquals(CampaignStatus.ACTIVE, campaign.getStatus());
        assertNotNull(campaign.getPublishedAt());

        // a volunteer signs up with an Idempotency-Key; the retry is answered the same, saying it is a replay
        String email = "ana." + UUID.randomUUID() + "@example.org";
        var publicVolunteers = new VolunteersApi(volunteerClient(null));
        VolunteerForm form = new VolunteerForm().firstName("Ana").lastName("Diaz").email(email).postalCode("92101")
                .region(region).roles(Set.of(VolunteerRole.WEEKLY_LETTER_WRITER));
        String signUpKey = UUID.randomUUID().toString();
        ApiResponse<RegistrationReceipt> signedUp = publicVolunteers.signUpVolunteerWithHttpInfo(form, signUpKey);
        assertEquals(202, signedUp.getStatusCode());
        assertEquals("CHECK_YOUR_EMAIL", signedUp.getData().getStatus());
        assertReplayed(false, signedUp.getHeaders());
        ApiResponse<RegistrationReceipt> retried = publicVolunteers.signUpVolunteerWithHttpInfo(form, signUpKey);
        assertEquals(202, retried.getStatusCode());
        assertEquals("CHECK_YOUR_EMAIL", retried.getData().getStatus());
        assertReplayed(true, retried.getHeaders());
        SignUpConfirmation confirmed = publicVolunteers.confirmSignUp(
                new ConfirmationRequest().token(system.mail.await(email, Api.SIGN_UP).token()));
        assertEquals("CONFIRMED", confirmed.getStatus());
        UUID ana = confirmed.getVolunteerId();

        // a coordinator reads her back
        ApiResponse<Volunteer> read = new VolunteersApi(volunteerClient(hq)).getVolunteerWithHttpInfo(ana);
        assertEquals(200, read.getStatusCode());
        Volunteer volunteer = read.getData();
        assertEquals(ana, volunteer.getId());
        assertEquals("Ana", volunteer.getFirstName());
        assertEquals(email, volunteer.getEmail());
        assertEquals(region, volunteer.getRegion());
        assertEquals(VolunteerStatus.APPLIED, volunteer.getStatus());
        assertNotNull(volunteer.getEmailConfirmedAt());
        assertNotNull(header(read.getHeaders(), "ETag"), "a volunteer is read with its ETag");
        String anaToken = token(ana, "volunteer");

        // she proposes a chapter, an admin activates it
        var chaptersAsAna = new ChaptersApi(volunteerClient(anaToken));
        ApiResponse<Chapter> proposedChapter = chaptersAsAna.proposeChapterWithHttpInfo(new ChapterProposal()
                .name("Letters of Hope " + region).region(region).facilityName("Otay Mesa Detention Center"),
                UUID.randomUUID().toString());
        assertEquals(201, proposedChapter.getStatusCode());
        Chapter chapter = proposedChapter.getData();
        assertEquals(ChapterStatus.PROPOSED, chapter.getStatus());
        assertEquals(chapter.getId(), follow(volunteers, proposedChapter.getHeaders(), admin, Chapter.class).getId());
        Chapter active = new ChaptersApi(volunteerClient(admin)).changeChapterStatus(chapter.getId(),
                new ChapterStatusChange().status(ChapterStatus.ACTIVE));
        assertEquals(ChapterStatus.ACTIVE, active.getStatus());
        assertEquals(ChapterStatus.ACTIVE, new ChaptersApi(volunteerClient(null)).getChapter(chapter.getId())
                .getStatus());

        // headquarters proposes an event for the chapter and the campaign (once volunteer-service has heard of the
        // campaign through Kafka), edits it with If-Match, and approves it
        var events = new CommunityEventsApi(volunteerClient(hq));
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.HOURS);
        CommunityEventPlan plan = new CommunityEventPlan().kind(CommunityEventKind.LETTER_WRITING)
                .title("Postcards to the Secretary").format(CommunityEventFormat.IN_PERSON).startsAt(startsAt)
                .endsAt(startsAt.plusHours(2)).timeZone("America/Los_Angeles").capacity(20)
                .location(new EventLocation().venueName("Community hall").streetAddress("1 Main St")
                        .city("San Diego").region("US-CA"))
                .campaignId(campaign.getId()).chapterId(chapter.getId());
        String eventKey = UUID.randomUUID().toString();
        ApiResponse<CommunityEvent> proposedEvent = Awaitility.await().atMost(Duration.ofSeconds(15))
                .ignoreException(ApiException.class)
                .until(() -> events.proposeEventWithHttpInfo(plan, eventKey), r -> r.getStatusCode() == 201);
        CommunityEvent event = proposedEvent.getData();
        assertEquals(CommunityEventStatus.PROPOSED, event.getStatus());
        assertEquals(campaign.getId(), event.getCampaignId());
        assertEquals(chapter.getId(), event.getChapterId());
        String etag = header(proposedEvent.getHeaders(), "ETag");
        assertNotNull(etag, "a proposed event comes with its ETag");
        assertEquals(event.getId(), follow(volunteers, proposedEvent.getHeaders(), hq, CommunityEvent.class).getId());

        ApiResponse<CommunityEvent> edited = events.updateEventWithHttpInfo(event.getId(),
                plan.title("Postcards to the Secretary, with soup"), etag);
        assertEquals(200, edited.getStatusCode());
        assertEquals("Postcards to the Secretary, with soup", edited.getData().getTitle());
        String newEtag = header(edited.getHeaders(), "ETag");
        assertNotNull(newEtag);
        assertNotEquals(etag, newEtag, "an edit changes the ETag");
        ApiException stale = assertThrows(ApiException.class,
                () -> events.updateEvent(event.getId(), plan.title("Lost update"), etag));
        assertEquals(412, stale.getCode(), "an edit with a stale ETag is refused");
        assertEquals("Postcards to the Secretary, with soup", events.getEvent(event.getId()).getTitle());

        CommunityEvent approved = events.approveEvent(event.getId());
        assertEquals(CommunityEventStatus.APPROVED, approved.getStatus());

        // Ana registers with her token: a place at once, and the street address is hers to see
        ApiResponse<Rsvp> rsvped = new RsvpsApi(volunteerClient(anaToken)).rsvpToEventWithHttpInfo(
                event.getId(), new RsvpRequest());
        assertEquals(201, rsvped.getStatusCode());
        Rsvp rsvp = rsvped.getData();
        assertEquals(event.getId(), rsvp.getEventId());
        assertEquals(RsvpStatus.CONFIRMED, rsvp.getStatus());
        assertEquals("1 Main St", rsvp.getEvent().getLocation().getStreetAddress());
        assertEquals(1L, new CommunityEventsApi(volunteerClient(null)).getEvent(event.getId())
                .getConfirmedCount());
        assertEquals(rsvp.getId(), follow(volunteers, rsvped.getHeaders(), anaToken, Rsvp.class).getId());

        // she reports back 5 postcards to the campaign's target; the retry with the same key is a replay
        var reportBacks = new ReportBacksApi(tallyClient(anaToken));
        ReportBack report = new ReportBack().actionType(ActionType.POSTCARD).quantity(5).region(region)
                .targetId(official.getId());
        String reportKey = UUID.randomUUID().toString();
        // tally-service takes report-backs for the campaign once CampaignPublished has reached it
        var reported = Awaitility.await().atMost(Duration.ofSeconds(15))
                .ignoreException(org.lettersofhope.client.tally.ApiException.class)
                .until(() -> reportBacks.reportBackWithHttpInfo(campaign.getId(), report,
                        reportKey), r -> r.getStatusCode() == 201);
        LedgerEntry entry = reported.getData();
        assertEquals(campaign.getId(), entry.getCampaignId());
        assertEquals(5, entry.getQuantity());
        assertEquals(ActionType.POSTCARD, entry.getActionType());
        assertReplayed(false, reported.getHeaders());
        var replayed = reportBacks.reportBackWithHttpInfo(campaign.getId(), report,
                reportKey);
        assertEquals(201, replayed.getStatusCode());
        assertEquals(entry.getId(), replayed.getData().getId(), "the retry answers the first entry");
        assertReplayed(true, replayed.getHeaders());
        assertEquals(entry.getId(), follow(tallies, reported.getHeaders(), hq, LedgerEntry.class).getId());

        // the campaign's totals count the postcards once
        var talliesApi = new TalliesApi(tallyClient(hq));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            CampaignTallies totals = talliesApi.getCampaignTotals(campaign.getId(), null);
            assertEquals(5L, totals.getTotals().get("ACTIONS"));
            assertEquals(100, totals.getGoal().getGoal());
            assertEquals(5L, totals.getGoal().getCount());
        });
        CampaignTallies totals = talliesApi.getCampaignTotals(campaign.getId(), null);
        assertEquals(List.of(official.getId()), totals.getTargetIds());
        assertEquals(slug, totals.getSlug());

        // a sign-up with a malformed email and no last name: the typed problem names both fields
        ApiException invalid = assertThrows(ApiException.class, () -> publicVolunteers.signUpVolunteer(
                new VolunteerForm().firstName("Bo").email("not-an-email").postalCode("92101").region(region)
                        .roles(Set.of(VolunteerRole.WEEKLY_LETTER_WRITER)), null));
        assertEquals(400, invalid.getCode());
        Problem problem = volunteerClient(null).getObjectMapper().readValue(invalid.getResponseBody(),
                Problem.class);
        assertEquals(400, problem.getStatus());
        assertEquals(Set.of("email", "lastName"), problem.getViolations().stream()
                .map(ProblemViolationsInner::getField).collect(Collectors.toSet()));
    }

    /** The JSON pointers at which two documents differ. */
    private static void differences(JsonNode a, JsonNode b, String at, List<String> out) {
        if (a.isObject() && b.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                differences(a.path(name), b.path(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(a.get(i), b.get(i), at + "/" + i, out);
            }
        } else if (!a.equals(b)) {
            out.add(at + ": stored " + a + ", served " + b);
        }
    }

    private String token(UUID subject, String... roles) {
        return system.token(subject, roles);
    }

    /** The Java native library sends credentials through a request interceptor, as its README shows. */
    private static Consumer<HttpRequest.Builder> authorization(String token) {
        return b -> {
            if (token != null) {
                b.header("Authorization", token);
            }
        };
    }

    private org.lettersofhope.client.volunteer.ApiClient volunteerClient(String token) {
        var c = new org.lettersofhope.client.volunteer.ApiClient();
        c.updateBaseUri(volunteers.url());
        return c.setRequestInterceptor(authorization(token));
    }

    private org.lettersofhope.client.letter.ApiClient letterClient(String token) {
        var c = new org.lettersofhope.client.letter.ApiClient();
        c.updateBaseUri(letters.url());
        return c.setRequestInterceptor(authorization(token));
    }

    private org.lettersofhope.client.tally.ApiClient tallyClient(String token) {
        var c = new org.lettersofhope.client.tally.ApiClient();
        c.updateBaseUri(tallies.url());
        return c.setRequestInterceptor(authorization(token));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    private static void assertReplayed(boolean replay, Map<String, List<String>> headers) {
        String value = header(headers, REPLAYED);
        if (replay) {
            assertEquals("true", value, REPLAYED + " on a retry");
        } else {
            assertTrue(value == null || value.equals("false"), REPLAYED + " on a first request: " + value);
        }
    }

    /** GETs a 201's Location, as the caller, and reads it as the model the document gives that resource. */
    private <T> T follow(SystemUnderTest.Service service, Map<String, List<String>> headers, String token,
            Class<T> type) throws IOException, InterruptedException {
        String location = header(headers, "Location");
        assertNotNull(location, "a 201 says where the new resource is");
        URI uri = URI.create(service.url()).resolve(location);
        HttpRequest.Builder get = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        authorization(token).accept(get);
        HttpResponse<String> answer = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "GET " + location + ": " + answer.body());
        return org.lettersofhope.client.volunteer.ApiClient.createDefaultObjectMapper().readValue(answer.body(), type);
    }
}
