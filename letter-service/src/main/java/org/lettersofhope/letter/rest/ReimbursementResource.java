package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.Optional;
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
import org.lettersofhope.letter.domain.Reimbursement;
import org.lettersofhope.letter.domain.ReimbursementStatus;
import org.lettersofhope.letter.service.ReimbursementService;
import org.lettersofhope.letter.service.Slice;

/** Reimbursement requests: volunteers ask, coordinators decide and pay. */
@Path("/api/reimbursements")
@Tag(name = "Reimbursements", description = "Paying volunteers back for stamps, postage and postcards above the "
        + "threshold; REQUESTED → APPROVED | REJECTED, APPROVED → PAID")
@Produces(MediaType.APPLICATION_JSON)
public class ReimbursementResource {

    @Inject
    ReimbursementService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.VOLUNTEER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestReimbursement",
            summary = "Ask to be paid back", description = "For the calling volunteer. Announces "
            + "ReimbursementRequested.")
    @APIResponse(responseCode = "201", description = "Requested (or, with Idempotent-Replayed: true, the answer to "
            + "the first request with this Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReimbursementResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (an unknown currency code, items that do not "
            + "add up); the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    @APIResponse(responseCode = "422", description = "The amount is not over the threshold, or the currency is not "
            + "one reimbursements are paid in, or the Idempotency-Key was used with a different request")
    public Response request(@NotNull @Valid ReimbursementRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<ReimbursementResponse> outcome = idempotency.once(idempotencyKey, "request-reimbursement",
                request, ReimbursementResponse.class, () -> ReimbursementResponse.of(service.request(request.toForm())));
        return Idempotency.created(outcome, URI.create("/api/reimbursements/" + outcome.result().id()));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "listReimbursements",
            summary = "List requests to decide or pay", description = "Oldest first. Headquarters sees every "
            + "chapter's; a chapter's coordinator or partner key its own chapter's.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not a coordinator, partner key or admin")
    public PageResponse<ReimbursementResponse> queue(
            @QueryParam("status") @Parameter(description = "Only requests in this status",
                    schema = @Schema(implementation = ReimbursementStatus.class)) String status,
            @BeanParam @Valid PageParams paging) {
        Slice<Reimbursement> slice = service.queue(
                QueryParams.enumValue(ReimbursementStatus.class, status, "status"), paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, ReimbursementResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "getReimbursement",
            summary = "Read a request", description = "For the volunteer who asked, and for those who act for "
            + "their chapter.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReimbursementResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read requests")
    @APIResponse(responseCode = "404", description = "No such request that the caller may see")
    public ReimbursementResponse get(@PathParam("id") UUID id) {
        return found(service.find(id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "approveReimbursement",
            summary = "Approve a request", description = "For a coordinator of the volunteer's chapter or "
            + "headquarters, never on their own request. Announces ReimbursementDecided (APPROVED).")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReimbursementResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin, or the caller's own request")
    @APIResponse(responseCode = "404", description = "No such request that the caller may decide")
    @APIResponse(responseCode = "409", description = "Already decided; the body lists the allowed next statuses")
    public ReimbursementResponse approve(@PathParam("id") UUID id) {
        return found(service.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectReimbursement",
            summary = "Reject a request", description = "With a reason the volunteer sees. As approving. "
            + "Announces ReimbursementDecided (REJECTED), without the reason.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReimbursementResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason, or an invalid one")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin, or the caller's own request")
    @APIResponse(responseCode = "404", description = "No such request that the caller may decide")
    @APIResponse(responseCode = "409", description = "Already decided; the body lists the allowed next statuses")
    public ReimbursementResponse reject(@PathParam("id") UUID id, @NotNull @Valid RejectionRequest request) {
        return found(service.reject(id, request.reason()));
    }

    @POST
    @Path("/{id}/mark-paid")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "markReimbursementPaid",
            summary = "Mark an approved request paid", description = "As approving; only from APPROVED. "
            + "Announces ReimbursementDecided (PAID).")
    @APIResponse(responseCode = "200", description = "Paid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReimbursementResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin, or the caller's own request")
    @APIResponse(responseCode = "404", description = "No such request that the caller may decide")
    @APIResponse(responseCode = "409", description = "Not approved; the body lists the allowed next statuses")
    public ReimbursementResponse markPaid(@PathParam("id") UUID id) {
        return found(service.markPaid(id));
    }

    private static ReimbursementResponse found(Optional<Reimbursement> r) {
        return ReimbursementResponse.of(r.orElseThrow(NotFoundException::new));
    }
}
