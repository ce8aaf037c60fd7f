package org.lettersofhope.letter.rest;

import java.io.InputStream;

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

/** Which districts postal codes lie in, so that volunteers find their officials from their postal code. */
@Path("/api/postal-districts/import")
@Tag(name = "Officials")
@Produces(MediaType.APPLICATION_JSON)
public class PostalDistrictResource {

    @Inject
    PostalCodeService service;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "importPostalDistricts", summary = "Load which districts postal codes lie in (CSV)",
            description = "For headquarters. A header row names the columns country, postalCode, level (FEDERAL, "
                    + "STATE, COUNTY, CITY), chamber (UPPER, LOWER, COUNCIL) and district, in any order; one row per "
                    + "district a code lies in. Each postal code the file names gets exactly the districts of its "
                    + "rows, replacing what it had. The code must be in the postal-code table "
                    + "(POST /api/postal-codes/import) first. Bad rows are reported with their row number and never "
                    + "stop the good ones; a file that is not CSV, or lacks a column, writes nothing.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
            examples = "country,postalCode,level,chamber,district\nUS,92154,STATE,UPPER,18\nUS,92154,FEDERAL,LOWER,52")))
    @APIResponse(responseCode = "200", description = "What was loaded and rejected", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostalCodeResource.Result.class)))
    @APIResponse(responseCode = "400", description = "Not a readable CSV file, or missing or unknown columns")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "Not text/csv")
    public PostalCodeResource.Result importCsv(InputStream body) {
        return PostalCodeResource.Result.of(service.importDistricts(body));
    }
}
