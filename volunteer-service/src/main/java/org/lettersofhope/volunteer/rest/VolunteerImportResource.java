package org.lettersofhope.volunteer.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.service.ChapterService;
import org.lettersofhope.volunteer.service.VolunteerImportService;

@Path("/api/volunteers/import")
@Tag(name = "Volunteers", description = "People who help")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerImportResource {


    @Inject
    VolunteerImportService imports;

    @Inject
    ChapterService chapters;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "importVolunteers", summary = "Import volunteers from a spreadsheet (CSV)",
            description = "A header row names the columns: firstName, lastName, email, postalCode, region and roles "
                    + "are required; phone, city, country, languages, skills, interests, hoursPerWeek, availability, "
                    + "heardFrom and contactConsent may follow, in any order. Lists in a cell are separated by ';'. "
                    + "Each row is checked like a sign-up; a known email updates that volunteer. Bad rows are "
                    + "reported with their row number and never stop the good ones; a file that is not CSV writes "
                    + "nothing. A partner key or chapter coordinator imports into their chapter; headquarters may "
                    + "name one. At most 200,000 rows and 32 MiB.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            examples = "firstName,lastName,email,postalCode,region,roles,languages\nMaria,Lopez,maria@example.org,92101,US-CA,WEEKLY_LETTER_WRITER,es;en")))
    @APIResponse(responseCode = "200", description = "What was created, updated and rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Not a readable CSV file, or missing/unknown columns")
    @APIResponse(responseCode = "403", description = "A role that never imports")
    @APIResponse(responseCode = "409", description = "The chapter is not active")
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "Not text/csv")
    @APIResponse(responseCode = "422", description = "No such chapter")
    public ImportResult importCsv(InputStream body,
            @QueryParam("chapterId") @Parameter(description = "Headquarters only: the chapter to put new volunteers in",
                    schema = @Schema(format = "uuid")) String chapterId) {
        UUID chapter;
        if (caller.isHeadquarters()) {
            chapter = QueryParams.uuid(chapterId, "chapterId");
        } else {
            chapter = caller.chapterId().orElseThrow(jakarta.ws.rs.ForbiddenException::new);
            if (chapterId != null && !chapter.equals(QueryParams.uuid(chapterId, "chapterId"))) {
                throw QueryParams.invalid("chapterId", "you import into your own chapter only");
            }
        }
        if (chapter != null) {
            chapters.requireActive(chapter);
        }
        VolunteerCsv.Parsed parsed = VolunteerCsv.parse(body, validator);
        VolunteerImportService.Outcome outcome = imports.write(parsed.valid(), chapter, !caller.isHeadquarters());
        List<VolunteerImportService.Rejection> rejected = new ArrayList<>(parsed.rejected());
        rejected.addAll(outcome.failed());
        rejected.sort(Comparator.comparingInt(VolunteerImportService.Rejection::row));
        return new ImportResult(outcome.created(), outcome.updated(), rejected.size(),
                rejected.stream().limit(ImportResult.MAX_LISTED)
                        .map(r -> new ImportResult.RejectedRow(r.row(), r.reason())).toList());
    }
}
