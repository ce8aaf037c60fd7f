package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.service.VolunteerRegistration;
import org.lettersofhope.volunteer.service.VolunteerService;

@Path("/api/volunteers")
@Tag(name = "Volunteers", description = "People who help")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    VolunteerService service;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up as a volunteer",
            description = "Public intake. Signing up again with the same email (any letter case) updates the existing "
                    + "record; the answer is the same either way.")
    @APIResponse(responseCode = "202", description = "Sign-up received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid or malformed sign-up; the offending fields are listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Request body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid VolunteerRegistrationRequest request) {
        UUID id = service.register(new VolunteerRegistration(request.firstName(), request.lastName(),
                request.email(), request.postalCode(), request.region(), request.roles()));
        return Response.accepted(new RegistrationReceipt(id, "RECEIVED")).build();
    }
}
