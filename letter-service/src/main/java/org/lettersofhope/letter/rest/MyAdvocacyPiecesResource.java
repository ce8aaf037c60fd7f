package org.lettersofhope.letter.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.AdvocacyLog;
import org.lettersofhope.letter.service.AdvocacyService;
import org.lettersofhope.letter.service.Slice;

/** The calling volunteer's own advocacy reports. */
@Path("/api/me/advocacy-pieces")
@Tag(name = "Advocacy pieces")
@Produces(MediaType.APPLICATION_JSON)
public class MyAdvocacyPiecesResource {

    @Inject
    AdvocacyService service;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listMyAdvocacyPieces",
            summary = "My reported pieces", description = "The pieces the caller reported (or that were reported "
            + "for them), newest first.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    public PageResponse<AdvocacyPiecesResponse> mine(
            @QueryParam("campaignId") @Parameter(description = "Only this campaign's",
                    schema = @Schema(format = "uuid")) String campaignId,
            @BeanParam @Valid PageParams paging) {
        Slice<AdvocacyLog> slice = service.mine(QueryParams.uuid(campaignId, "campaignId"), paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, AdvocacyPiecesResponse::of);
    }
}
