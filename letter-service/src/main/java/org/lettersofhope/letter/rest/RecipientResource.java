package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.lettersofhope.letter.service.RecipientService;
import org.lettersofhope.letter.service.RecipientView;
import org.lettersofhope.shared.event.letter.CustodyStatus;

/**
 * Detained recipients, for headquarters only: an admin or a coordinator with the headquarters role. Other callers
 * get 403; writers see a recipient's display name and language through their letters and pen pal only.
 */
@Path("/api/recipients")
@Tag(name = "Recipients", description = "Detained people who asked for letters: identifiers, custody and consent "
        + "(headquarters only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
public class RecipientResource {

    @Inject
    RecipientService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerRecipient",
            summary = "Register a recipient", description = "They start DETAINED at the given facility. One "
            + "A-Number, one recipient.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid details (a malformed A-Number, a display name that is "
            + "not \"First L.\"); the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "409", description = "A recipient with this A-Number is already registered")
    @APIResponse(responseCode = "422", description = "The facility does not exist or is not active")
    public Response register(@NotNull @Valid RecipientRequests.Registration request) {
        RecipientView v = service.register(request.toForm());
        return Response.created(URI.create("/api/recipients/" + v.recipient().id))
                .entity(RecipientResponse.of(v)).build();
    }

    @GET
    @Operation(operationId = "listRecipients",
            summary = "List recipients", description = "Least recently changed first; filter by facility, "
            + "custody status, consent and updatedSince for incremental sync.")
    @APIResponse(responseCode = "200", description = "A page of recipients")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    public PageResponse<RecipientResponse> list(
            @QueryParam("facilityId") @Pattern(regexp = TextRules.UUID, message = "must be a UUID")
            @Parameter(schema = @Schema(format = "uuid", pattern = TextRules.UUID)) String facilityId,
            @QueryParam("custodyStatus")
            @Parameter(schema = @Schema(implementation = CustodyStatus.class)) String custodyStatus,
            @QueryParam("consentsToLetters")
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) Boolean consentsToLetters,
            @QueryParam("updatedSince")
            @Parameter(description = "Only recipients changed at or after this instant",
                    schema = @Schema(format = "date-time")) String updatedSince,
            @BeanParam @Valid PageParams paging) {
        List<RecipientView> views = service.list(QueryParams.uuid(facilityId, "facilityId"),
                QueryParams.enumValue(CustodyStatus.class, custodyStatus, "custodyStatus"), consentsToLetters,
                QueryParams.instant(updatedSince, "updatedSince"), paging);
        return PageResponse.ofSlice(views, paging, null, RecipientResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecipient", summary = "Read a recipient")
    @APIResponse(responseCode = "200", description = "The recipient", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientResponse.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such recipient")
    public RecipientResponse get(@PathParam("id") UUID id) {
        return RecipientResponse.of(service.find(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpRecipient",
            summary = "Find a recipient by A-Number", description = "The A-Number is in the body so that it never "
            + "appears in a URL or an access log. Any spelling of it finds the recipient (A123-456-789, 123456789).")
    @APIResponse(responseCode = "200", description = "The recipient", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientResponse.class)))
    @APIResponse(responseCode = "400", description = "Not an A-Number")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No recipient has this A-Number")
    public RecipientResponse lookup(@NotNull @Valid RecipientRequests.Lookup request) {
        return RecipientResponse.of(service.lookup(request.aNumber()).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/custody")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeRecipientCustody",
            summary = "Change a recipient's custody status", description = "DETAINED or TRANSFERRED → "
            + "TRANSFERRED (to another facility: letters not yet mailed follow them), RELEASED or DEPORTED (their "
            + "pen-pal match ends and letters not yet mailed are held back); RELEASED or DEPORTED → DETAINED.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid change; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such recipient")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; the allowed next "
            + "statuses are listed")
    @APIResponse(responseCode = "422", description = "The facility does not exist or is not active")
    public RecipientResponse changeCustody(@PathParam("id") UUID id,
            @NotNull @Valid RecipientRequests.Custody request) {
        return RecipientResponse.of(service.changeCustody(id, request.status(), request.facilityId())
                .orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("/{id}/custody")
    @Operation(operationId = "getRecipientCustodyHistory",
            summary = "A recipient's custody history", description = "Oldest first, with who made each change "
            + "and when.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RecipientResponse.HistoryEntry.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such recipient")
    public List<RecipientResponse.HistoryEntry> custodyHistory(@PathParam("id") UUID id) {
        return service.history(id).orElseThrow(NotFoundException::new).stream()
                .map(RecipientResponse.HistoryEntry::of).toList();
    }

    @PUT
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setRecipientConsent",
            summary = "Record a recipient's consent to letters", description = "Withdrawn consent refuses new "
            + "letters and quick notes to them.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such recipient")
    public RecipientResponse consent(@PathParam("id") UUID id, @NotNull @Valid RecipientRequests.Consent request) {
        return RecipientResponse.of(service.setConsent(id, request.consentsToLetters())
                .orElseThrow(NotFoundException::new));
    }
}
