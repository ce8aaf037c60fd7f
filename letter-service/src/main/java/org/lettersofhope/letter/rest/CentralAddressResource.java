package org.lettersofhope.letter.rest;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.CentralAddress;
import org.lettersofhope.letter.service.CentralAddressService;

/**
 * Headquarters' central mailing address, where solidarity letters go to be forwarded: a resource frontends read (a
 * campaign page, an event's instructions), not an address typed into each campaign.
 */
@Path("/api/mailing-address")
@Tag(name = "Mailing address", description = "Headquarters' central mailing address")
@Produces(MediaType.APPLICATION_JSON)
public class CentralAddressResource {

    @Schema(name = "CentralMailingAddress")
    public record Answer(
            @Schema(required = true, examples = "Letters of Hope - Solidarity Mail") String addressee,
            @Schema(required = true) OfficialResponse.MailingAddress address,
            @Schema(required = true) Instant updatedAt) {

        static Answer of(CentralAddress a) {
            return new Answer(a.addressee, EnvelopeResponse.address(a.address), a.updatedAt);
        }
    }

    @Inject
    CentralAddressService service;

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCentralMailingAddress", summary = "Read the central mailing address",
            description = "Public. Where solidarity letters are mailed, to be forwarded by headquarters. The ETag "
                    + "serves If-Match on changes.")
    @APIResponse(responseCode = "200", description = "The address",
            headers = @Header(name = HttpHeaders.ETAG, description = "The address's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "404", description = "Headquarters has not set it yet")
    public Response get() {
        CentralAddress a = service.find().orElseThrow(NotFoundException::new);
        return Response.ok(Answer.of(a)).tag(ETags.of(a.version)).build();
    }

    @PUT
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCentralMailingAddress", summary = "Set the central mailing address",
            description = "Headquarters only. The first time without If-Match; after that, send the ETag last read.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The address's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "201", description = "Set for the first time",
            headers = @Header(name = HttpHeaders.ETAG, description = "The address's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "Invalid address; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "412", description = "The address changed since the ETag in If-Match was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing (the address is set already)")
    public Response set(@NotNull @Valid EnvelopeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read") String ifMatch) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.requireVersion(ifMatch);
        CentralAddressService.Saved saved = service.set(request.toForm(), version);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(Answer.of(saved.address())).tag(ETags.of(saved.address().version)).build();
    }
}
