package org.lettersofhope.tally.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard page as a person sees it, in headless Chromium: it shows the campaign's total, goal, daily chart and
 * leaderboard, and a new report-back appears on it without reloading.
 */
@QuarkusTest
class DashboardChromiumTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void theDashboardServesItsFilesLocally() {
        String html = given().get("/dashboard/").then().statusCode(200).contentType("text/html").extract().asString();
        assertTrue(html.contains("dashboard.js") && !html.contains("http://") && !html.contains("https://"),
                "everything is served from here: no CDN");
        given().get("/dashboard/dashboard.js").then().statusCode(200);
        given().get("/dashboard/dashboard.css").then().statusCode(200);
    }

    @Test
    void aNewReportBackAppearsOnTheDashboardLive() throws Exception {
        TestCampaign c = TallyFixtures.campaign(500, java.time.LocalDate.now().minusDays(3),
                java.time.LocalDate.now().plusDays(10));
        UUID chapter = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"POSTCARD\",\"quantity\":12,\"chapterId\":\"" + chapter + "\"}");
        TallyFixtures.awaitTotal(c, "ACTIONS", 12);

        try (Chromium browser = Chromium.start()) {
            Chromium.Page page = browser.open("http://localhost:" + port + "/dashboard/?campaign=" + c.id()
                    + "&zone=UTC");
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(20),
                    () -> "12".equals(page.eval("document.getElementById('total').textContent"))),
                    "the dashboard shows the total: " + page.eval("document.body.innerText"));
            assertEquals("500", page.eval("document.getElementById('goal').textContent"));
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(10),
                    () -> page.eval("document.getElementById('status').textContent").startsWith("Live")));
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(10), () -> page.eval(
                    "String(document.querySelectorAll('#leaderboard li').length)").equals("1")));
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(10), () -> Integer.parseInt(page.eval(
                    "String(document.querySelectorAll('#chart rect').length)")) >= 4), "a bar per day");

            report(c, "{\"actionType\":\"LETTER\",\"quantity\":30,\"chapterId\":\"" + chapter + "\"}");
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(10),
                    () -> "42".equals(page.eval("document.getElementById('total').textContent"))),
                    "the new report-back shows without a reload: "
                            + page.eval("document.getElementById('total').textContent"));
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(10), () -> page.eval(
                    "document.getElementById('leaderboard').textContent").contains("42")));
            assertEquals("8.4", page.eval("document.getElementById('bar').getAttribute('aria-valuenow')"));

            // the chart's axis names its days: the first label is the series' first day, written as the reader writes
            String from = given().queryParam("zone", "UTC").get("/api/campaigns/" + c.id() + "/tallies/series")
                    .then().statusCode(200).extract().path("from");
            assertTrue(Chromium.waitUntil(Duration.ofSeconds(10), () -> Integer.parseInt(page.eval(
                    "String(document.querySelectorAll('#chart text.axis').length)")) == 3), "three dates on the axis");
            String first = page.eval("document.querySelector('#chart text.axis').textContent");
            assertEquals(page.eval("new Intl.DateTimeFormat(undefined, {month: 'short', day: 'numeric', timeZone: "
                    + "'UTC'}).format(new Date('" + from + "T00:00:00Z'))"), first);
            assertTrue(first.contains(String.valueOf(java.time.LocalDate.parse(from).getDayOfMonth())), first);

            // kept for a person to look at (target/dashboard.png): a real image of the loaded page
            byte[] png = page.screenshot();
            java.nio.file.Files.write(java.nio.file.Path.of("target", "dashboard.png"), png);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertTrue(image != null && image.getWidth() >= 400 && image.getHeight() >= 300,
                    "a screenshot of the dashboard");
            page.close();
        }
    }
}
