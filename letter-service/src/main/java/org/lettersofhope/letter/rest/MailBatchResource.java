package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.lettersofhope.letter.domain.MailBatchStatus;
import org.lettersofhope.letter.service.MailBatchService;

/** Headquarters' mail room: batches of approved letters per facility. */
@Path("/api/mail-batches")
@Tag(name = "Mail batches", description = "Approved letters grouped per facility, sealed and mailed "
        + "(headquarters only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
public class MailBatchResource {

    @Inject
    MailBatchService service;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openMailBatch", summary = "Open a mail batch for a facility")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "422", description = "No such active facility, or the Idempotency-Key was used "
            + "with a different request")
    public Response open(@NotNull @Valid MailBatchRequests.Open request, @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<MailBatchResponse> outcome = idempotency.once(idempotencyKey, "open-mail-batch", request,
                MailBatchResponse.class, () -> MailBatchResponse.of(service.open(request.facilityId())));
        return Idempotency.created(outcome, URI.create("/api/mail-batches/" + outcome.result().id()));
    }

    @GET
    @Operation(operationId = "listMailBatches", summary = "List mail batches", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of batches")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    public PageResponse<MailBatchResponse> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MailBatchStatus.class)) String status,
            @QueryParam("facilityId") @Parameter(schema = @Schema(format = "uuid", pattern = TextRules.UUID))
            String facilityId,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(QueryParams.enumValue(MailBatchStatus.class, status, "status"),
                QueryParams.uuid(facilityId, "facilityId"), paging), paging, null, MailBatchResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMailBatch", summary = "Read a mail batch")
    @APIResponse(responseCode = "200", description = "The batch", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailBatchResponse.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such batch")
    public MailBatchResponse get(@PathParam("id") UUID id) {
        return MailBatchResponse.of(service.find(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/letters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLetterToBatch",
            summary = "Add a letter to an open batch", description = "The letter must be APPROVED and for the "
            + "batch's facility; it becomes BATCHED. A letter is in one batch at most: adding it again to the same "
            + "batch changes nothing, adding it to another is 409.")
    @APIResponse(responseCode = "200", description = "Added", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such batch")
    @APIResponse(responseCode = "409", description = "The batch is not open, or the letter is not APPROVED (it may "
            + "be in another batch already)")
    @APIResponse(responseCode = "422", description = "No such letter, or it is for another facility")
    public MailBatchResponse add(@PathParam("id") UUID id, @NotNull @Valid MailBatchRequests.AddLetter request) {
        return MailBatchResponse.of(service.add(id, request.letterId()).orElseThrow(NotFoundException::new));
    }

    @DELETE
    @Path("/{id}/letters/{letterId}")
    @Operation(operationId = "removeLetterFromBatch",
            summary = "Take a letter out of an open batch", description = "It is APPROVED again.")
    @APIResponse(responseCode = "200", description = "Taken out", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailBatchResponse.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such batch, or the letter is not in it")
    @APIResponse(responseCode = "409", description = "The batch is no longer open")
    public MailBatchResponse remove(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        return MailBatchResponse.of(service.remove(id, letterId).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/seal")
    @Operation(operationId = "sealMailBatch",
            summary = "Seal an open batch", description = "No letter can be added or taken out afterwards.")
    @APIResponse(responseCode = "200", description = "Sealed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailBatchResponse.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such batch")
    @APIResponse(responseCode = "409", description = "The batch is not open, or it is empty")
    public MailBatchResponse seal(@PathParam("id") UUID id) {
        return MailBatchResponse.of(service.seal(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/mailing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mailBatch",
            summary = "Mark a sealed batch mailed", description = "With the postage paid; every letter in it "
            + "becomes MAILED and MailBatchMailed is published.")
    @APIResponse(responseCode = "200", description = "Mailed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid postage or currency")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such batch")
    @APIResponse(responseCode = "409", description = "The batch is not sealed, or no letter is left in it")
    public MailBatchResponse mail(@PathParam("id") UUID id, @NotNull @Valid MailBatchRequests.Mailing request) {
        return MailBatchResponse.of(service.markMailed(id, request.postageCents(), request.currency())
                .orElseThrow(NotFoundException::new));
    }
}
