package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.PenPalMatchStatus;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.service.PenPalService;

/** Pen-pal matches: headquarters pairs weekly writers with detained recipients and ends matches. */
@Path("/api/pen-pals")
@Tag(name = "Pen pals", description = "Weekly writers paired with detained recipients; ACTIVE → ENDED with a reason")
@Produces(MediaType.APPLICATION_JSON)
public class PenPalResource {

    @Inject
    PenPalService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "matchPenPal",
            summary = "Pair a writer with a recipient", description = "For headquarters. The writer must be an "
            + "ACTIVE volunteer who signed up as a WEEKLY_LETTER_WRITER, accepted the current guidelines, writes in "
            + "the recipient's language and is below their limit of active pen pals (1 unless raised); the "
            + "recipient must be DETAINED or TRANSFERRED, consent to letters and have no pen pal yet. Announces "
            + "PenPalMatched.")
    @APIResponse(responseCode = "201", description = "Matched (or, with Idempotent-Replayed: true, the answer to the "
            + "first request with this Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PenPalResponses.Match.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "409", description = "The writer is at their limit, or the recipient already has a "
            + "pen pal")
    @APIResponse(responseCode = "422", description = "The writer or recipient is not eligible; every unmet rule is "
            + "listed as a violation; or the Idempotency-Key was used with a different request")
    public Response match(@NotNull @Valid PenPalRequests.Match request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<PenPalResponses.Match> outcome = idempotency.once(idempotencyKey, "match-pen-pals",
                request, PenPalResponses.Match.class,
                () -> PenPalResponses.Match.of(service.match(request.writerId(), request.recipientId())));
        return Idempotency.created(outcome, URI.create("/api/pen-pals/" + outcome.result().id()));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "listPenPals",
            summary = "List matches", description = "Newest first. Headquarters sees all; a chapter's "
            + "coordinator or partner key those of the chapter's writers, with RECIPIENT_UNAVAILABLE in place of the "
            + "custody reasons RELEASED and DEPORTED.")
    @APIResponse(responseCode = "200", description = "A page of matches")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not a coordinator, partner key or admin")
    public PageResponse<PenPalResponses.Match> list(
            @QueryParam("writerId") @Parameter(schema = @Schema(format = "uuid")) String writerId,
            @QueryParam("recipientId") @Parameter(schema = @Schema(format = "uuid")) String recipientId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PenPalMatchStatus.class))
            String status,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(QueryParams.uuid(writerId, "writerId"),
                QueryParams.uuid(recipientId, "recipientId"),
                QueryParams.enumValue(PenPalMatchStatus.class, status, "status"), paging), paging, null,
                PenPalResponses.Match::of);
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "suggestPenPals",
            summary = "Suggest writers for a recipient", description = "For headquarters. Eligible writers who "
            + "share the recipient's language (by primary subtag: pt matches pt-BR), least loaded first. Ids and "
            + "load only. Empty while no guidelines version is published.")
    @APIResponse(responseCode = "200", description = "Suggested writers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = PenPalResponses.Suggestion.class)))
    @APIResponse(responseCode = "400", description = "No or an invalid recipientId or limit")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "409", description = "The recipient already has a pen pal")
    @APIResponse(responseCode = "422", description = "The recipient cannot be matched (unknown, not in detention "
            + "or not consenting)")
    public List<PenPalResponses.Suggestion> suggestions(
            @QueryParam("recipientId") @NotNull @Parameter(required = true, schema = @Schema(format = "uuid"))
            String recipientId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100)
            @Parameter(schema = @Schema(minimum = "1", maximum = "100")) int limit) {
        return service.suggestions(QueryParams.uuid(recipientId, "recipientId"), limit).stream()
                .map(PenPalResponses.Suggestion::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "getPenPal", summary = "Read a match", description = "As listing.")
    @APIResponse(responseCode = "200", description = "The match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PenPalResponses.Match.class)))
    @APIResponse(responseCode = "403", description = "Not a coordinator, partner key or admin")
    @APIResponse(responseCode = "404", description = "No such match that the caller may see")
    public PenPalResponses.Match get(@PathParam("id") UUID id) {
        return PenPalResponses.Match.of(service.find(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endPenPal",
            summary = "End a match", description = "For headquarters, with a reason. Matches also end by "
            + "themselves on release (RELEASED), deportation (DEPORTED), and when the writer pauses or leaves "
            + "(WRITER_PAUSED) or is erased (WRITER_ERASED). The writer can then be matched again. Announces "
            + "PenPalEnded.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PenPalResponses.Match.class)))
    @APIResponse(responseCode = "400", description = "No or an unknown reason, or RECIPIENT_UNAVAILABLE (only "
            + "ever shown)")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such match")
    @APIResponse(responseCode = "409", description = "Already ended")
    public PenPalResponses.Match end(@PathParam("id") UUID id, @NotNull @Valid PenPalRequests.End request) {
        return PenPalResponses.Match.of(service.end(id, request.reason()).orElseThrow(NotFoundException::new));
    }

    @PUT
    @Path("/writers/{writerId}/limit")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPenPalLimit",
            summary = "Allow a writer more (or fewer) pen pals", description = "For headquarters. Existing "
            + "matches stay when the limit is lowered below them; new ones wait until the writer is below it.")
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PenPalResponses.WriterLimit.class)))
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 10")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such writer known to letter-service")
    public PenPalResponses.WriterLimit setLimit(@PathParam("writerId") UUID writerId,
            @NotNull @Valid PenPalRequests.Limit request) {
        Writer w = service.setMax(writerId, request.maxPenPals()).orElseThrow(NotFoundException::new);
        return new PenPalResponses.WriterLimit(w.volunteerId, service.maxOf(w));
    }
}
