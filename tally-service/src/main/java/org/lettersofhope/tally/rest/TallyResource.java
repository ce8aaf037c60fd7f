package org.lettersofhope.tally.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.tally.service.TallyService;

@Path("/api/tallies")
@Tag(name = "Tallies", description = "Counts of what the movement does")
@Produces(MediaType.APPLICATION_JSON)
public class TallyResource {

    @Inject
    TallyService tallies;

    @GET
    @Path("/volunteers")
    @PermitAll
    @Operation(summary = "Registered volunteers, overall and per region",
            description = "Fed by volunteer-service's VolunteerRegistered events; a sign-up shows here within seconds.")
    @APIResponse(responseCode = "200", description = "The current counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerTallyResponse.class)))
    public VolunteerTallyResponse volunteers() {
        return VolunteerTallyResponse.from(tallies.volunteers());
    }
}
