package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lettersofhope.commons.persistence.GroupCommit;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.service.LetterService;

@Path("/api/letters")
@Tag(name = "Letters", description = "Solidarity letters to detained recipients: logging, review and their way "
        + "to the facility")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {

    @Inject
    LetterService service;

    @Inject
    Idempotency idempotency;

    @Inject
    GroupCommit groupCommit;

    @POST
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logLetter",
            summary = "Log a letter", description = "Headquarters logs a letter it received: it starts RECEIVED, "
            + "to any recipient. A volunteer logs a letter they sent to headquarters to their current pen pal, named "
            + "by penPalId (the matchId of /api/me/pen-pals) or recipientId: they are its writer, and any other "
            + "recipient is one 422 whether or not it exists. A chapter's coordinator or partner key logs one for "
            + "their chapter to the current pen pal of one of the chapter's writers (of writerId, when given, who "
            + "must be a volunteer of the chapter by letter-service's writer projection). Those start LOGGED. The "
            + "recipient must consent to letters and be in custody; the letter is routed to their facility.")
    @APIResponse(responseCode = "201", description = "Logged (with Idempotent-Replayed: true, the answer to the "
            + "first request with this Idempotency-Key)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid letter; the offending fields are listed (no "
            + "recipient named; penPalId from anyone but a volunteer; another writer or chapter than a volunteer's "
            + "own; another chapter than a chapter's staff's own)")
    @APIResponse(responseCode = "403", description = "A role that cannot log letters (a dashboard key)")
    @APIResponse(responseCode = "409", description = "The recipient (headquarters': any; others': their pen pal) "
            + "cannot receive letters now (consent withdrawn or no longer in custody)")
    @APIResponse(responseCode = "422", description = "For headquarters no such recipient; for a volunteer not "
            + "their current pen pal; for a chapter's staff a writer not of their chapter or a recipient who is not "
            + "the current pen pal of one of its writers; or the Idempotency-Key was used with a different request")
    public Response log(@NotNull @Valid LetterRequests.Log request, @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<LetterResponse> outcome = groupCommit.run(() -> idempotency.once(idempotencyKey,
                "log-letter", request, LetterResponse.class, () -> LetterResponse.of(service.log(request.toForm()))));
        return Idempotency.created(outcome, URI.create("/api/letters/" + outcome.result().id()));
    }

    @GET
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "listLetters",
            summary = "List letters", description = "Headquarters sees all letters, a chapter's coordinator or "
            + "partner key their chapter's, a volunteer their own. Least recently changed first; updatedSince "
            + "serves incremental sync.")
    @APIResponse(responseCode = "200", description = "A page of letters")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "A dashboard key")
    public PageResponse<LetterResponse> list(@BeanParam LetterFilterParams filter,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(filter.toSearch(), paging), paging, null, LetterResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getLetter", summary = "Read a letter")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterResponse.class)))
    @APIResponse(responseCode = "403", description = "A dashboard key")
    @APIResponse(responseCode = "404", description = "No such letter that the caller may see")
    public LetterResponse get(@PathParam("id") UUID id) {
        return LetterResponse.of(service.find(id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getLetterHistory",
            summary = "A letter's status history", description = "Oldest first; who made each change, and "
            + "reasons that tell a recipient's custody, are shown to headquarters only (others see "
            + "RECIPIENT_UNAVAILABLE).")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LetterResponse.HistoryEntry.class)))
    @APIResponse(responseCode = "403", description = "A dashboard key")
    @APIResponse(responseCode = "404", description = "No such letter that the caller may see")
    public List<LetterResponse.HistoryEntry> history(@PathParam("id") UUID id) {
        return LetterResponse.HistoryEntry.of(service.history(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeLetterStatus",
            summary = "Move a letter along its lifecycle", description = "Headquarters only. LOGGED → RECEIVED; "
            + "RECEIVED → APPROVED or HELD_BACK (guideline reason); APPROVED → HELD_BACK; BATCHED → HELD_BACK; "
            + "HELD_BACK → APPROVED; MAILED → RETURNED (return reason). Batching and mailing happen on mail batches.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid move, or a reason that does not fit it")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such letter")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; currentStatus and "
            + "allowedNextStatuses say where it may go")
    public LetterResponse transition(@PathParam("id") UUID id, @NotNull @Valid LetterRequests.Transition request) {
        return LetterResponse.of(service.transition(id, request.to(), request.reason())
                .orElseThrow(NotFoundException::new));
    }
}
