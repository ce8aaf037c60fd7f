package org.lettersofhope.volunteer.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.domain.WebhookDeliveryStore;
import org.lettersofhope.volunteer.domain.WebhookSubscription;
import org.lettersofhope.volunteer.service.WebhookDispatcher;
import org.lettersofhope.volunteer.service.WebhookSender;
import org.lettersofhope.volunteer.service.WebhookSubscriptions;

/**
 * Partners' webhook subscriptions. A partner key manages its own chapter's, an admin any; a subscription outside the
 * caller's chapter is a 404, as if it did not exist. Deliveries are described under {@code webhooks} in the OpenAPI
 * document and in docs/webhooks.md.
 */
@Path("/api/webhook-subscriptions")
@Tag(name = "Webhooks", description = "Signed CloudEvents delivered to partner chapters' endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.ADMIN })
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "bearer")
public class WebhookSubscriptionResource {

    @Inject
    WebhookSubscriptions service;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Caller caller;

    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes",
            summary = "List the event types a subscription may name",
            description = "The chapter's volunteer, chapter and community-event events, and the public campaign "
                    + "events.")
    @APIResponse(responseCode = "200", description = "CloudEvents types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = String.class,
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    public List<String> eventTypes() {
        return WebhookSubscriptions.catalogue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription",
            summary = "Create a webhook subscription",
            description = "The signing secret is in this answer only, so no Idempotency-Key is taken: a stored "
                    + "answer would keep the secret. The target URL is checked against SSRF (see docs/webhooks.md).")
    @APIResponse(responseCode = "201", description = "Created, with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: a refused target URL, an unknown event type")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin, or another chapter named")
    @APIResponse(responseCode = "409", description = "The chapter is not active")
    @APIResponse(responseCode = "422", description = "No such chapter")
    public Response create(@NotNull @Valid WebhookSubscriptionRequest request) {
        UUID chapter = chapterFor(request.chapterId());
        WebhookSubscriptions.WithSecret made = service.create(chapter, request.targetUrl(), request.eventTypes(),
                request.description());
        return Response.created(URI.create("/api/webhook-subscriptions/" + made.subscription().id))
                .entity(WebhookSubscriptionResponse.of(made.subscription(), made.secret())).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions",
            summary = "List webhook subscriptions", description = "A partner's own; an admin's all, or a chapter's.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    public PageResponse<WebhookSubscriptionResponse> list(@Valid @BeanParam PageParams page,
            @QueryParam("chapterId") @Parameter(description = "Only this chapter's (admins)") UUID chapterId) {
        UUID scope = caller.is(Roles.ADMIN) ? chapterId : own();
        return PageResponse.of(service.list(scope, page.page, page.size), page, service.count(scope),
                s -> WebhookSubscriptionResponse.of(s, null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription",
            summary = "Read a webhook subscription", description = "With its status and, if it stopped, why.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public WebhookSubscriptionResponse read(@PathParam("id") UUID id) {
        return WebhookSubscriptionResponse.of(reachable(id), null);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription",
            summary = "Delete a webhook subscription", description = "Its deliveries and their log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(reachable(id).id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret",
            summary = "Rotate the signing secret",
            description = "A new secret, shown in this answer only; the previous one keeps signing beside it "
                    + "(two signatures in webhook-signature) for the overlap.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "An overlap outside PT0S to P7D")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public WebhookSubscriptionResponse rotate(@PathParam("id") UUID id, @Valid WebhookRequests.Rotation request) {
        WebhookSubscriptions.WithSecret rotated = service.rotate(reachable(id).id,
                request == null ? null : request.overlap());
        return WebhookSubscriptionResponse.of(rotated.subscription(), rotated.secret());
    }

    @POST
    @Path("/{id}/pause")
    @Operation(operationId = "pauseWebhookSubscription",
            summary = "Pause a webhook subscription", description = "Deliveries are kept and wait for a resume.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public WebhookSubscriptionResponse pause(@PathParam("id") UUID id) {
        return WebhookSubscriptionResponse.of(service.pause(reachable(id).id), null);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeWebhookSubscription",
            summary = "Resume a webhook subscription",
            description = "A paused, disabled or ended subscription becomes active; its waiting deliveries go now.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "400", description = "The target URL is refused now")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public WebhookSubscriptionResponse resume(@PathParam("id") UUID id) {
        return WebhookSubscriptionResponse.of(service.resume(reachable(id).id), null);
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhookSubscription",
            summary = "Send a test ping",
            description = "One signed CloudEvent of type org.lettersofhope.webhook.ping.v1, sent now; the answer says "
                    + "what the endpoint replied. Not logged, not retried.")
    @APIResponse(responseCode = "200", description = "What the endpoint answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookRequests.Ping.class)))
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public WebhookRequests.Ping ping(@PathParam("id") UUID id) {
        WebhookSender.Result r = dispatcher.ping(reachable(id));
        return new WebhookRequests.Ping(r.status(), r.error(), r.latencyMs(), r.delivered());
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookEvents",
            summary = "Replay events since a time",
            description = "The subscription's events since then are delivered again (with the same webhook-id as "
                    + "before, so receivers recognise them), as far as their payloads are still kept.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookRequests.Replayed.class)))
    @APIResponse(responseCode = "400", description = "No or a future time")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public Response replay(@PathParam("id") UUID id, @NotNull @Valid WebhookRequests.Replay request) {
        int n = service.replay(reachable(id).id, request.since());
        return Response.accepted(new WebhookRequests.Replayed(n)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "Read the delivery log",
            description = "Newest first: each delivery's status, attempts with status codes and latency, and the "
                    + "next attempt. No payloads.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "403", description = "Neither a partner key nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's reach")
    public PageResponse<WebhookDeliveryResponse> deliveries(@PathParam("id") UUID id,
            @Valid @BeanParam PageParams page) {
        UUID s = reachable(id).id;
        List<WebhookDeliveryStore.LogEntry> entries = service.log(s, page.offset(), page.size);
        List<WebhookDeliveryStore.Attempt> attempts = service.attempts(
                entries.stream().map(WebhookDeliveryStore.LogEntry::id).toList());
        return PageResponse.of(entries, page, service.logSize(s), e -> WebhookDeliveryResponse.of(e, attempts));
    }

    /** The subscription, if the caller may manage it; 404 otherwise, so that ids of other chapters reveal nothing. */
    private WebhookSubscription reachable(UUID id) {
        return service.find(id).filter(s -> caller.is(Roles.ADMIN) || own().equals(s.chapterId))
                .orElseThrow(NotFoundException::new);
    }

    /** A partner key's chapter (a partner key without one acts for none). */
    private UUID own() {
        return caller.chapterId().orElseThrow(ForbiddenException::new);
    }

    private UUID chapterFor(UUID named) {
        if (caller.is(Roles.ADMIN)) {
            if (named == null) {
                throw ProblemException.invalidField("chapterId", "must name the chapter whose events are sent");
            }
            return named;
        }
        UUID own = own();
        if (named != null && !named.equals(own)) {
            throw new ForbiddenException();
        }
        return own;
    }
}
