package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.persistence.GroupCommit;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.service.QuickNoteService;

@Path("/api/quick-notes")
@Tag(name = "Quick notes", description = "Short notes anyone can send to people in immigration detention")
@Produces(MediaType.APPLICATION_JSON)
public class QuickNoteResource {

    @Schema(name = "QuickNoteReceipt", description = "Proof the note arrived; nothing about who will receive it")
    public record Receipt(@Schema(description = "Quote it when asking about the note") UUID receiptId,
            Instant receivedAt) {
    }

    @Inject
    QuickNoteService service;

    @Inject
    Idempotency idempotency;

    @Inject
    GroupCommit groupCommit;

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendQuickNote",
            summary = "Send a quick note", description = "Public. The note goes to a person who asked for "
            + "letters, chosen by headquarters' rule (whoever has waited longest, preferring the note's language); "
            + "headquarters reviews it before mailing.")
    @APIResponse(responseCode = "202", description = "Received; it will be reviewed (with Idempotent-Replayed: "
            + "true, the receipt of the first request with this Idempotency-Key)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid note (empty, longer than 1500 characters, markup or "
            + "control characters); the offending fields are listed")
    @APIResponse(responseCode = "409", description = "No one can receive a note right now")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different note")
    public Response send(@NotNull @Valid QuickNoteRequest request, @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<Receipt> outcome = groupCommit.run(() -> idempotency.once(idempotencyKey,
                "send-quick-note", request, Receipt.class, () -> {
                    Letter l = service.send(request.toNote());
                    return new Receipt(l.id, l.createdAt);
                }));
        return Response.accepted(outcome.result())
                .header(Idempotency.REPLAYED_HEADER, outcome.replayed() ? "true" : null).build();
    }
}
