package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.service.OrganiserIntroService;

/** The organiser's video introduction at a community event, as a workflow between its host and coordinators. */
@Path("/api/events/{id}/organiser-intro")
@Tag(name = "Community events")
@Produces(MediaType.APPLICATION_JSON)
public class OrganiserIntroResource {

    @Inject
    OrganiserIntroService service;

    @POST
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveOrganiserIntro", summary = "Request, schedule, complete or decline the organiser "
            + "introduction",
            description = "NOT_REQUESTED → REQUESTED (the host, or staff) → SCHEDULED (staff of the event's chapter "
                    + "or headquarters: a time during the event, an https link mailed to the host, the coordinator "
                    + "who joins; scheduling again moves it) → DONE; REQUESTED or SCHEDULED → DECLINED with a reason "
                    + "the host sees. Only for an event that is proposed or approved and not over. The link and the "
                    + "coordinator are shown to the host and staff only; coordinators find requests with "
                    + "GET /api/events/managed?introStatus=REQUESTED.")
    @APIResponse(responseCode = "200", description = "The event with its introduction", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "400", description = "An unknown step, a field the step does not take, or a missing "
            + "or invalid time or link; each offending field is named")
    @APIResponse(responseCode = "403", description = "The host asks, but only staff schedule, complete or decline")
    @APIResponse(responseCode = "404", description = "No such event the caller hosts or looks after")
    @APIResponse(responseCode = "409", description = "The introduction cannot go there from where it is (with "
            + "currentStatus and allowedNextStatuses), or the event is rejected, cancelled or over")
    @APIResponse(responseCode = "422", description = "coordinatorId is no current volunteer")
    public CommunityEventResponse move(@PathParam("id") UUID id, @NotNull @Valid OrganiserIntroRequest request) {
        return CommunityEventResponse.of(service.move(id, request.toMove()).orElseThrow(NotFoundException::new));
    }
}
