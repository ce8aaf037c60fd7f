package org.lettersofhope.letter.rest;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.domain.PostalCode;
import org.lettersofhope.letter.service.FacilityService;
import org.lettersofhope.letter.service.PostalCodeService;

/**
 * The facilities for everyone, signed in or not: someone who wants to write to people held near them, or to found a
 * chapter there, finds them by region or by distance. Only active facilities, and only what is public about them.
 */
@Path("/api/public/facilities")
@Tag(name = "Facilities")
@Produces(MediaType.APPLICATION_JSON)
public class PublicFacilityResource {

    /** "latitude,longitude" in degrees, up to 7 decimals each. */
    static final String POINT = "^(-?\\d{1,2}(?:\\.\\d{1,7})?),(-?\\d{1,3}(?:\\.\\d{1,7})?)$";
    private static final java.util.regex.Pattern POINT_PATTERN = java.util.regex.Pattern.compile(POINT);

    @Inject
    FacilityService service;

    @Inject
    PostalCodeService postalCodes;

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listPublicFacilities", summary = "Find facilities (public)",
            description = "Public. Active facilities, by name; with near (or postalCode and country), only those "
                    + "within withinKm of that point (whose coordinates are known), nearest first, each with its "
                    + "distance.")
    @APIResponse(responseCode = "200", description = "A page of facilities")
    @APIResponse(responseCode = "400", description = "Invalid region, point, postal code (or one the table does "
            + "not have), distance or paging parameter; the offending parameter is named")
    public PageResponse<PublicFacilityResponse> list(
            @QueryParam("region") @Pattern(regexp = TextRules.REGION, message = TextRules.REGION_MESSAGE)
            @Parameter(description = "ISO 3166-2 subdivision code", schema = @Schema(pattern = TextRules.REGION,
                    examples = "US-CA")) String region,
            // Parsed once, below: the pattern's groups are the coordinates.
            @QueryParam("near")
            @Parameter(description = "The point to search from: latitude,longitude in degrees (WGS 84)",
                    schema = @Schema(pattern = POINT, examples = "32.7157,-117.1611")) String near,
            @QueryParam("postalCode") @Size(max = 20)
            @Parameter(description = "Instead of near: the point of this postal code, from the postal-code table "
                    + "headquarters loads (POST /api/postal-codes/import); with country",
                    schema = @Schema(maxLength = 20, examples = "92154")) String postalCode,
            @QueryParam("country") @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code")
            @Parameter(description = "With postalCode: its country (ISO 3166-1 alpha-2)",
                    schema = @Schema(pattern = "^[A-Za-z]{2}$", examples = "US")) String country,
            @QueryParam("withinKm") @Min(1) @Max(20_000)
            @Parameter(description = "With near: how far from it, in km (default 250)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20000",
                            defaultValue = "250")) Integer withinKm,
            @BeanParam @Valid PageParams paging) {
        if (postalCode != null) {
            if (near != null) {
                throw ProblemException.invalidField("postalCode", "either near or postalCode, not both");
            }
            if (country == null) {
                throw ProblemException.invalidField("country", "is required with postalCode");
            }
            PostalCode from = postalCodes.locate(country, postalCode).orElseThrow(() -> ProblemException
                    .invalidField("postalCode", "is not in the postal-code table for " + country.toUpperCase(java.util.Locale.ROOT)));
            return nearest(from.latitude, from.longitude, withinKm, region, paging);
        }
        if (country != null) {
            throw ProblemException.invalidField("country", "only with postalCode");
        }
        if (near == null) {
            if (withinKm != null) {
                throw ProblemException.invalidField("withinKm", "only with near or postalCode");
            }
            return PageResponse.ofSlice(service.listPublic(region, paging).itemsPlusOne(), paging, null,
                    f -> PublicFacilityResponse.of(f, null));
        }
        Matcher point = POINT_PATTERN.matcher(near);
        if (!point.matches()) {
            throw ProblemException.invalidField("near", "must be latitude,longitude in degrees");
        }
        double latitude = Double.parseDouble(point.group(1));
        double longitude = Double.parseDouble(point.group(2));
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw ProblemException.invalidField("near", "latitude within ±90, longitude within ±180");
        }
        return nearest(latitude, longitude, withinKm, region, paging);
    }

    private PageResponse<PublicFacilityResponse> nearest(double latitude, double longitude, Integer withinKm,
            String region, PageParams paging) {
        List<FacilityService.Near> found = service.near(latitude, longitude, withinKm == null ? 250 : withinKm,
                region, paging);
        return PageResponse.ofSlice(found, paging, null, n -> PublicFacilityResponse.of(n.facility(), n.km()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getPublicFacility", summary = "Read a facility (public)",
            description = "Public. An active facility, as the public sees it.")
    @APIResponse(responseCode = "200", description = "The facility", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicFacilityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such active facility")
    public PublicFacilityResponse get(@PathParam("id") UUID id) {
        return PublicFacilityResponse.of(service.findPublic(id).orElseThrow(NotFoundException::new), null);
    }
}
