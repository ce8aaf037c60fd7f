package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.letter.domain.Facility;
import org.lettersofhope.letter.service.FacilityService;

@Path("/api/facilities")
@Tag(name = "Facilities", description = "Detention facilities letters are mailed to, and their mail rules")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFacility", summary = "Add a facility", description = "Headquarters only.")
    @APIResponse(responseCode = "201", description = "Added (with Idempotent-Replayed: true, the answer to the first "
            + "request with this Idempotency-Key); read it for its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FacilityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid details; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different request")
    public Response create(@NotNull @Valid FacilityRequest request, @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<FacilityResponse> outcome = idempotency.once(idempotencyKey, "add-facility", request,
                FacilityResponse.class, () -> FacilityResponse.of(service.create(request.toForm())));
        return Idempotency.created(outcome, URI.create("/api/facilities/" + outcome.result().id()));
    }

    @GET
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "listFacilities",
            summary = "List facilities", description = "By name. For anyone signed in: writers may check a "
            + "facility's mail rules.")
    @APIResponse(responseCode = "200", description = "A page of facilities")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "A dashboard key")
    public PageResponse<FacilityResponse> list(
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) facilities",
                    schema = @Schema(type = SchemaType.BOOLEAN)) Boolean active,
            @QueryParam("region") @Pattern(regexp = TextRules.REGION, message = TextRules.REGION_MESSAGE)
            @Parameter(description = "ISO 3166-2 subdivision code", schema = @Schema(pattern = TextRules.REGION))
            String region,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(active, region, paging).itemsPlusOne(), paging, null,
                FacilityResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getFacility",
            summary = "Read a facility", description = "The ETag serves If-Match on changes.")
    @APIResponse(responseCode = "200", description = "The facility",
            headers = @Header(name = HttpHeaders.ETAG, description = "The facility's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FacilityResponse.class)))
    @APIResponse(responseCode = "403", description = "A dashboard key")
    @APIResponse(responseCode = "404", description = "No such facility")
    public Response get(@PathParam("id") UUID id) {
        Facility f = service.find(id).orElseThrow(NotFoundException::new);
        return Response.ok(FacilityResponse.of(f)).tag(etag(f)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateFacility",
            summary = "Change a facility", description = "Headquarters only. Replaces its details, mail rules "
            + "and whether it is active. Send the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The facility's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FacilityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid details; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such facility")
    @APIResponse(responseCode = "412", description = "The facility changed since the ETag in If-Match was read")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("id") UUID id, @NotNull @Valid FacilityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read") String ifMatch) {
        long version = ETags.requireVersion(ifMatch);
        Facility f = service.update(id, request.toForm(), version).orElseThrow(NotFoundException::new);
        return Response.ok(FacilityResponse.of(f)).tag(etag(f)).build();
    }

    private static EntityTag etag(Facility f) {
        return ETags.of(f.version);
    }
}
