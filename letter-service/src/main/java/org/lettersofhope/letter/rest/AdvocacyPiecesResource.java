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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.AdvocacyLog;
import org.lettersofhope.letter.service.AdvocacyService;
import org.lettersofhope.letter.service.Slice;

/** Self-mailed advocacy pieces of one campaign: reported by volunteers, chapters and coordinators. */
@Path("/api/campaigns/{campaignId}/advocacy-pieces")
@Tag(name = "Advocacy pieces", description = "Letters and postcards volunteers mail themselves to a campaign's "
        + "targets, reported back so that the campaign can count them")
@Produces(MediaType.APPLICATION_JSON)
public class AdvocacyPiecesResource {

    @Inject
    AdvocacyService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logAdvocacyPiece",
            summary = "Report self-mailed pieces", description = "A volunteer reports their own; a chapter's "
            + "coordinator or partner key reports for a volunteer of the chapter, or for the chapter as a whole; "
            + "headquarters for anyone. Only for an ACTIVE advocacy campaign and one of its targets. Announces "
            + "AdvocacyPiecesLogged.")
    @APIResponse(responseCode = "201", description = "Logged (or, with Idempotent-Replayed: true, the answer to the "
            + "first request with this Idempotency-Key: a report-back form may safely retry)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdvocacyPiecesResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid report; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "The caller's role cannot report pieces")
    @APIResponse(responseCode = "404", description = "No such campaign that the caller may see")
    @APIResponse(responseCode = "409", description = "The campaign is not ACTIVE; the body names its status")
    @APIResponse(responseCode = "422", description = "Not an advocacy campaign, not one of its targets, a date out "
            + "of range, a volunteer outside the caller's chapter, or an Idempotency-Key used with a different "
            + "request")
    public Response log(@PathParam("campaignId") UUID campaignId, @NotNull @Valid AdvocacyPiecesRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<AdvocacyPiecesResponse> outcome = idempotency.once(idempotencyKey,
                "log-advocacy-pieces:" + campaignId, request, AdvocacyPiecesResponse.class,
                () -> AdvocacyPiecesResponse.of(service.log(campaignId, request.toForm())
                        .orElseThrow(NotFoundException::new)));
        return Idempotency.created(outcome,
                URI.create("/api/campaigns/" + campaignId + "/advocacy-pieces/" + outcome.result().id()));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "listAdvocacyPieces",
            summary = "List a campaign's reported pieces", description = "Newest first. Headquarters sees all; "
            + "a chapter's coordinator or partner key sees its chapter's.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "403", description = "Not a coordinator, partner key or admin")
    @APIResponse(responseCode = "404", description = "No such campaign that the caller may see")
    public PageResponse<AdvocacyPiecesResponse> list(@PathParam("campaignId") UUID campaignId,
            @BeanParam @Valid PageParams paging) {
        Slice<AdvocacyLog> slice = service.ofCampaign(campaignId, paging)
                .orElseThrow(NotFoundException::new);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, AdvocacyPiecesResponse::of);
    }
}
