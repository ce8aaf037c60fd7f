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
import org.lettersofhope.letter.domain.Reimbursement;
import org.lettersofhope.letter.domain.ReimbursementStatus;
import org.lettersofhope.letter.service.ReimbursementService;
import org.lettersofhope.letter.service.Slice;

/** The calling volunteer's own reimbursement requests. */
@Path("/api/me/reimbursements")
@Tag(name = "Reimbursements")
@Produces(MediaType.APPLICATION_JSON)
public class MyReimbursementsResource {

    @Inject
    ReimbursementService service;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listMyReimbursements",
            summary = "My reimbursement requests", description = "Newest first, with their decisions.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    public PageResponse<ReimbursementResponse> mine(
            @QueryParam("status") @Parameter(description = "Only requests in this status",
                    schema = @Schema(implementation = ReimbursementStatus.class)) String status,
            @BeanParam @Valid PageParams paging) {
        Slice<Reimbursement> slice = service.mine(QueryParams.enumValue(ReimbursementStatus.class, status, "status"),
                paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, ReimbursementResponse::of);
    }
}
