package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.Chamber;
import org.lettersofhope.letter.domain.OfficeLevel;
import org.lettersofhope.letter.domain.Official;
import org.lettersofhope.letter.domain.OfficialRepository;
import org.lettersofhope.letter.domain.PostalCode;
import org.lettersofhope.letter.service.OfficialService;
import org.lettersofhope.letter.service.PostalCodeService;
import org.lettersofhope.letter.service.Slice;
import org.lettersofhope.shared.event.Regions;

/** Officials (the targets of advocacy campaigns): kept by coordinators, read by anyone. */
@Path("/api/officials")
@Tag(name = "Officials", description = "Officials that advocacy campaigns write to, with their public mailing "
        + "addresses and social handles; reused across campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class OfficialResource {

    @Inject
    OfficialService service;

    @Inject
    PostalCodeService postalCodes;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOfficial",
            summary = "Add an official", description = "For coordinators and admins.")
    @APIResponse(responseCode = "201", description = "Added; the ETag header carries its version (or, with "
            + "Idempotent-Replayed: true, the answer to the first request with this Idempotency-Key, without ETag)",
            headers = @Header(name = HttpHeaders.ETAG, description = "The official's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficialResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid official; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different request")
    public Response create(@NotNull @Valid OfficialRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "add-official", request, OfficialResponse.class,
                () -> service.create(request.toForm()), OfficialResponse::of, o -> o.version,
                r -> URI.create("/api/officials/" + r.id()));
    }

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listOfficials",
            summary = "List officials", description = "Public. Ordered by name; optionally only those whose "
            + "name starts with the given text.")
    @APIResponse(responseCode = "200", description = "A page of officials")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageResponse<OfficialResponse> list(
            @QueryParam("name") @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
            @Parameter(description = "Start of the official's name, any letter case",
                    schema = @Schema(maxLength = 120, pattern = TextRules.LINE)) String name,
            @QueryParam("level") @Parameter(schema = @Schema(implementation = OfficeLevel.class)) String level,
            @QueryParam("jurisdiction") @Pattern(regexp = OfficialRequest.JURISDICTION,
                    message = "must be a country such as US or a region such as US-CA")
            @Parameter(schema = @Schema(pattern = OfficialRequest.JURISDICTION, examples = "US-CA"))
            String jurisdiction,
            @QueryParam("chamber") @Parameter(schema = @Schema(implementation = Chamber.class)) String chamber,
            @QueryParam("district") @Pattern(regexp = OfficialRequest.DISTRICT,
                    message = "must be 1 to 20 letters, digits or hyphens")
            @Parameter(schema = @Schema(pattern = OfficialRequest.DISTRICT, examples = "39")) String district,
            @BeanParam @Valid PageParams paging) {
        Slice<Official> slice = service.list(new OfficialRepository.Filter(name,
                QueryParams.enumValue(OfficeLevel.class, level, "level"),
                jurisdiction == null ? null : jurisdiction.toUpperCase(Locale.ROOT),
                QueryParams.enumValue(Chamber.class, chamber, "chamber"), district), paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, OfficialResponse::of);
    }

    @GET
    @Path("/representing")
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listOfficialsRepresenting", summary = "Find one's own officials",
            description = "Public. The officials of a place: those of its whole country (the President, say) and of "
                    + "its whole region (a governor, the state's US senators), and those of each district given "
                    + "(LEVEL:CHAMBER:DISTRICT, e.g. STATE:UPPER:39 for a state senator, FEDERAL:LOWER:51 for a "
                    + "member of Congress), federal first. The place is a region, or a postal code whose region and "
                    + "districts the operator's tables give.")
    @APIResponse(responseCode = "200", description = "A page of officials")
    @APIResponse(responseCode = "400", description = "No or an invalid region (or postal code the table does not "
            + "have), or a district that is not LEVEL:CHAMBER:DISTRICT; the parameter is named")
    public PageResponse<OfficialResponse> representing(
            @QueryParam("region") @Pattern(regexp = Regions.PATTERN,
                    message = "must be an ISO 3166-2 code such as US-CA")
            @Parameter(description = "The place's region; or give postalCode and country",
                    schema = @Schema(pattern = Regions.PATTERN, examples = "US-CA")) String region,
            @QueryParam("postalCode") @Size(max = 20)
            @Parameter(description = "Instead of region: a postal code the postal-code table has, whose region and "
                    + "districts (POST /api/postal-districts/import) are the place's; with country",
                    schema = @Schema(maxLength = 20, examples = "92154")) String postalCode,
            @QueryParam("country") @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code")
            @Parameter(description = "With postalCode: its country", schema = @Schema(pattern = "^[A-Za-z]{2}$",
                    examples = "US")) String country,
            @QueryParam("district") @Size(max = 10)
            @Parameter(description = "A seat of the place: LEVEL:CHAMBER:DISTRICT; at most 10",
                    schema = @Schema(examples = "STATE:UPPER:39")) List<String> districts,
            @BeanParam @Valid PageParams paging) {
        List<OfficialRepository.Seat> seats = new ArrayList<>();
        for (String d : districts == null ? List.<String>of() : districts) {
            seats.add(seat(d));
        }
        String place = region;
        if (postalCode != null) {
            if (region != null || country == null) {
                throw QueryParams.invalid(region != null ? "postalCode" : "country",
                        region != null ? "either region or postalCode, not both" : "is required with postalCode");
            }
            PostalCode code = postalCodes.locate(country, postalCode).orElseThrow(() -> QueryParams.invalid(
                    "postalCode", "is not in the postal-code table for " + country.toUpperCase(Locale.ROOT)));
            place = code.region;
            seats.addAll(postalCodes.seatsOf(code));
        } else if (region == null) {
            throw QueryParams.invalid("region", "is required (or postalCode and country)");
        } else if (country != null) {
            throw QueryParams.invalid("country", "only with postalCode");
        }
        Slice<Official> slice = service.representing(place, seats, paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, OfficialResponse::of);
    }

    /** LEVEL:CHAMBER:DISTRICT, e.g. STATE:UPPER:39. */
    private static OfficialRepository.Seat seat(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length != 3 || !parts[2].matches(OfficialRequest.DISTRICT)) {
            throw QueryParams.invalid("district", "must be LEVEL:CHAMBER:DISTRICT such as STATE:UPPER:39");
        }
        return new OfficialRepository.Seat(QueryParams.enumValue(OfficeLevel.class, parts[0], "district"),
                QueryParams.enumValue(Chamber.class, parts[1], "district"), parts[2]);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getOfficial",
            summary = "Read an official", description = "Public. The ETag serves If-Match on edits.")
    @APIResponse(responseCode = "200", description = "The official",
            headers = @Header(name = HttpHeaders.ETAG, description = "The official's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficialResponse.class)))
    @APIResponse(responseCode = "404", description = "No such official")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.find(id).orElseThrow(NotFoundException::new));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOfficial",
            summary = "Edit an official", description = "Replaces the official's details. Send the ETag last "
            + "read in If-Match. Campaigns that target the official show the change at once.")
    @APIResponse(responseCode = "200", description = "Edited",
            headers = @Header(name = HttpHeaders.ETAG, description = "The official's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficialResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid official; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such official")
    @APIResponse(responseCode = "412", description = "The official changed since the ETag in If-Match was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @NotNull @Valid OfficialRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read") String ifMatch) {
        long version = ETags.requireVersion(ifMatch);
        return withEtag(service.update(id, request.toForm(), version).orElseThrow(NotFoundException::new));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "deleteOfficial",
            summary = "Delete an official", description = "Only an official that no campaign targets.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such official")
    @APIResponse(responseCode = "409", description = "A campaign targets the official")
    public Response delete(@PathParam("id") UUID id) {
        if (!service.delete(id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static Response withEtag(Official o) {
        return Response.ok(OfficialResponse.of(o)).tag(ETags.of(o.version)).build();
    }
}
