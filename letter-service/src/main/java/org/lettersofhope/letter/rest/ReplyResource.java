package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.letter.service.ReplyService;

@Path("/api")
@Tag(name = "Replies", description = "Replies from recipients, routed to their writers without either address")
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    @Inject
    ReplyService service;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/replies")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logReply",
            summary = "Log a reply", description = "Headquarters only. The writer must be, or have been, the "
            + "recipient's pen pal, and matchId (when given) that pair's match; left out, it is the pair's latest. "
            + "The writer finds it under /api/me/replies; ReplyReceived is published.")
    @APIResponse(responseCode = "201", description = "Logged and routed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid reply; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "422", description = "No such recipient; the writer and the recipient were never "
            + "pen pals (violations on writerId and recipientId); no such match, or a match of another pair "
            + "(violations on matchId and the fields that differ); or the Idempotency-Key was used with a different "
            + "request")
    public Response log(@NotNull @Valid ReplyRequest request, @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<ReplyResponse> outcome = idempotency.once(idempotencyKey, "log-reply", request,
                ReplyResponse.class, () -> ReplyResponse.of(service.log(request.toForm())));
        return Idempotency.created(outcome, URI.create("/api/replies/" + outcome.result().id()));
    }

    @GET
    @Path("/replies")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "listReplies",
            summary = "List replies", description = "Headquarters only; oldest logged first.")
    @APIResponse(responseCode = "200", description = "A page of replies")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    public PageResponse<ReplyResponse> list(
            @QueryParam("recipientId") @Parameter(schema = @Schema(format = "uuid", pattern = TextRules.UUID))
            String recipientId,
            @QueryParam("writerId") @Parameter(schema = @Schema(format = "uuid", pattern = TextRules.UUID))
            String writerId,
            @QueryParam("loggedSince") @Parameter(description = "Only replies logged at or after this instant",
                    schema = @Schema(format = "date-time")) String loggedSince,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(QueryParams.uuid(recipientId, "recipientId"),
                QueryParams.uuid(writerId, "writerId"), QueryParams.instant(loggedSince, "loggedSince"), paging),
                paging, null, ReplyResponse::of);
    }

    @GET
    @Path("/replies/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "getReply",
            summary = "Read a reply", description = "Headquarters, or the writer it is for.")
    @APIResponse(responseCode = "200", description = "The reply", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplyResponse.class)))
    @APIResponse(responseCode = "403", description = "A role that never reads replies")
    @APIResponse(responseCode = "404", description = "No such reply for the caller")
    public ReplyResponse get(@PathParam("id") UUID id) {
        return ReplyResponse.of(service.find(id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("/me/replies")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "listMyReplies",
            summary = "My replies", description = "Replies routed to the calling writer, newest first, with the "
            + "recipient's display name and language.")
    @APIResponse(responseCode = "200", description = "A page of replies")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "403", description = "Not a person (an API key)")
    public PageResponse<ReplyResponse> mine(@BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.mine(paging), paging, null, ReplyResponse::of);
    }
}
