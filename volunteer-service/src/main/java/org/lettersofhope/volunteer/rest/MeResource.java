package org.lettersofhope.volunteer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.service.CommunityEventService;
import org.lettersofhope.volunteer.service.VolunteerService;
import org.lettersofhope.volunteer.service.RsvpService;
import org.lettersofhope.volunteer.service.Slice;
import org.lettersofhope.volunteer.service.RsvpView;

/** The calling person's own profile, RSVPs and hosted events. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN })
public class MeResource {

    @Inject
    RsvpService rsvps;

    @Inject
    CommunityEventService events;

    @Inject
    VolunteerService volunteers;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Tag(name = "Volunteers")
    @Operation(operationId = "getMe",
            summary = "My own profile", description = "The volunteer whose id is the token's subject.")
    @APIResponse(responseCode = "200", description = "Your profile; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    @APIResponse(responseCode = "404", description = "The token's subject is no volunteer (or was erased)")
    public Response me() {
        Volunteer v = caller.subject().flatMap(volunteers::find).orElseThrow(NotFoundException::new);
        return Response.ok(VolunteerResponse.of(v)).tag(ETags.of(v.version)).build();
    }

    @GET
    @Path("/rsvps")
    @Tag(name = "Community events")
    @Operation(operationId = "listMyRsvps",
            summary = "My RSVPs", description = "The caller's registrations, newest first, each with its event.")
    @APIResponse(responseCode = "200", description = "A page of RSVPs")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "403", description = "Not a person's token")
    public PageResponse<RsvpResponse> myRsvps(@BeanParam @Valid PageParams paging) {
        Slice<RsvpView> slice = rsvps.mine(paging.page, paging.size);
        return PageResponse.of(slice.items(), paging, slice.total(), RsvpResponse::of);
    }

    @GET
    @Path("/events")
    @Tag(name = "Community events")
    @Operation(operationId = "listMyEvents",
            summary = "Events I host", description = "The events the caller hosts, in any status, soonest first.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "403", description = "Not a person's token")
    public PageResponse<CommunityEventResponse> myEvents(@BeanParam @Valid PageParams paging) {
        return CommunityEventResource.page(events.listHosted(paging.page, paging.size), paging);
    }
}
