package org.lettersofhope.volunteer.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The served OpenAPI document describes the subscription API and, as OpenAPI 3.1 webhooks, the deliveries. */
@QuarkusTest
class WebhookOpenApiTest {

    @Test
    void theServedDocumentDescribesSubscriptionsAndDeliveries() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3.1"))
                .body("paths.'/api/webhook-subscriptions'.post.summary", notNullValue())
                .body("paths.'/api/webhook-subscriptions/{id}/deliveries'.get.summary", notNullValue())
                .body("webhooks.chapterEvent.post.operationId", equalTo("receiveChapterEvent"))
                .body("webhooks.chapterEvent.post.parameters.name",
                        hasItems("webhook-id", "webhook-timestamp", "webhook-signature"))
                .body("webhooks.chapterEvent.post.requestBody.content.'application/cloudevents+json'.schema.'$ref'",
                        equalTo("#/components/schemas/WebhookCloudEvent"))
                .body("components.schemas.WebhookCloudEvent.required", hasItems("id", "type", "data"));
    }
}
