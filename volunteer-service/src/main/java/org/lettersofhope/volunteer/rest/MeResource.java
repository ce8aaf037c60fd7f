package org.lettersofhope.volunteer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.service.VolunteerService;

@Path("/api/me")
@Tag(name = "Volunteers", description = "People who help")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    VolunteerService service;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "My own profile", description = "The volunteer whose id is the token's subject.")
    @APIResponse(responseCode = "200", description = "Your profile; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The token's subject is no volunteer (or was erased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response me() {
        Volunteer v = caller.subject().flatMap(service::find).orElseThrow(NotFoundException::new);
        return Response.ok(VolunteerResponse.of(v)).tag(ETags.of(v.version)).build();
    }
}
