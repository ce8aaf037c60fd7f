package org.lettersofhope.letter.rest;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.service.PostalCodeService;

/** The postal-code table facilities are found by distance from; the operator loads it, no dataset ships. */
@Path("/api/postal-codes/import")
@Tag(name = "Facilities")
@Produces(MediaType.APPLICATION_JSON)
public class PostalCodeResource {

    static final int MAX_LISTED = 1000;

    @Schema(name = "PostalCodeImportResult")
    public record Result(@Schema(description = "Rows added or replaced") int imported,
            @Schema(description = "How many rows were rejected") int rejectedCount,
            @Schema(description = "The first 1,000 rejected rows with the reason") List<Rejected> rejected) {

        static Result of(PostalCodeService.Outcome outcome) {
            return new Result(outcome.imported(), outcome.rejected().size(), outcome.rejected().stream()
                    .limit(MAX_LISTED).map(r -> new Rejected(r.row(), r.reason())).toList());
        }
    }

    @Schema(name = "PostalCodeRejectedRow")
    public record Rejected(@Schema(description = "Spreadsheet row number; the header is row 1") int row,
            @Schema(examples = "latitude must be a number of degrees within ±90") String reason) {
    }

    @Inject
    PostalCodeService service;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "importPostalCodes", summary = "Load the postal-code table (CSV)",
            description = "For headquarters. A header row names the columns country (ISO 3166-1 alpha-2), "
                    + "postalCode, region (ISO 3166-2, in that country), latitude and longitude (WGS 84 degrees), "
                    + "in any order. A row with a known country and postal code replaces it. Bad rows are reported "
                    + "with their row number and never stop the good ones; a file that is not CSV, or lacks a "
                    + "column, writes nothing. At most 200,000 rows and 32 MiB. docs/campaigns.md has the format "
                    + "and deploy/data/postal-codes-sample.csv a small sample.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
            examples = "country,postalCode,region,latitude,longitude\nUS,92154,US-CA,32.5580,-116.9690")))
    @APIResponse(responseCode = "200", description = "What was loaded and rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Result.class)))
    @APIResponse(responseCode = "400", description = "Not a readable CSV file, or missing or unknown columns")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "Not text/csv")
    public Result importCsv(InputStream body) {
        return Result.of(service.importCsv(body));
    }
}
