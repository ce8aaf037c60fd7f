package org.lettersofhope.volunteer.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.service.RsvpForm;
import org.lettersofhope.volunteer.service.RsvpService;
import org.lettersofhope.volunteer.service.RsvpView;
import org.lettersofhope.commons.security.OptionalAuthentication;

/** Registering for community events, cancelling, and attendance. */
@Path("/api/events/{eventId}/rsvps")
@Tag(name = "RSVPs", description = "Registrations for community events, the waitlist and attendance")
@Produces(MediaType.APPLICATION_JSON)
public class RsvpResource {

    @Inject
    RsvpService service;

    @POST
    @PermitAll
    @OptionalAuthentication
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rsvpToEvent", summary = "Register for an event",
            description = "Public. A volunteer sends their token (whose subject must be a current volunteer) and "
                    + "holds a place at once, or a place on the waitlist; the answer shows the street address and "
                    + "meeting URL once the place is confirmed. A guest sends name and email and is always answered "
                    + "202 alike: a link is mailed to the address, and only once it is followed "
                    + "(`POST /api/events/rsvp-confirmations`) does the guest take a place (or join the waitlist) "
                    + "and receive a cancel token. Until then the request holds no place and lapses after the "
                    + "link's lifetime. A guest never sees the street address or meeting URL in an answer: they are "
                    + "mailed to the confirmed address. A full event puts a registration on the waitlist, and a "
                    + "freed place goes to whoever has waited longest. Registering again answers the same RSVP, "
                    + "which is why this endpoint needs no Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "A volunteer registered, or on the waitlist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpResponse.class)))
    @APIResponse(responseCode = "200", description = "A volunteer already registered: the same RSVP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpResponse.class)))
    @APIResponse(responseCode = "202", description = "A guest's request: check your email",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpRequestReceipt.class),
                    examples = @ExampleObject(name = "guest", value = "{\"eventId\":"
                            + "\"8a1c3e52-7f0b-4c1d-9b8e-2d6f4a0c9e13\",\"status\":\"CHECK_YOUR_EMAIL\","
                            + "\"detail\":\"" + RsvpRequestReceipt.DETAIL + "\"}")))
    @APIResponse(responseCode = "400", description = "Invalid registration; the offending fields are listed")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid")
    @APIResponse(responseCode = "403", description = "The token's subject is no current volunteer (never one, "
            + "erased or left): register as a guest instead")
    @APIResponse(responseCode = "404", description = "No such event open to the public")
    @APIResponse(responseCode = "409", description = "The event is not open for registration (cancelled, over)")
    @APIResponse(responseCode = "503", description = "A guest's request while confirmation mails wait for the mail "
            + "relay beyond the service's bound; nothing was written: send it again after Retry-After")
    public Response register(@PathParam("eventId") UUID eventId, @NotNull @Valid RsvpRequest request) {
        RsvpService.Registration registration = service.register(eventId,
                new RsvpForm(request.name(), request.email())).orElseThrow(NotFoundException::new);
        if (registration instanceof RsvpService.Registration.Guest guest) {
            return Response.accepted(RsvpRequestReceipt.of(guest.eventId())).build();
        }
        RsvpView view = ((RsvpService.Registration.Volunteer) registration).view();
        Response.ResponseBuilder answer = view.created()
                ? Response.created(URI.create("/api/events/" + eventId + "/rsvps/" + view.rsvp().id))
                : Response.ok();
        return answer.entity(RsvpResponse.of(view)).build();
    }

    @GET
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "listRsvps", summary = "List an event's RSVPs",
            description = "For the event's host (names only) and coordinators (with guests' emails), in the order "
                    + "they registered.")
    @APIResponse(responseCode = "200", description = "The RSVPs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendeeResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot see RSVPs")
    @APIResponse(responseCode = "404", description = "No such event that the caller hosts or coordinates")
    public List<AttendeeResponse> list(@PathParam("eventId") UUID eventId) {
        RsvpService.Attendees attendees = service.listForEvent(eventId).orElseThrow(NotFoundException::new);
        return attendees.rsvps().stream().map(v -> AttendeeResponse.of(v, attendees.staff())).toList();
    }

    @GET
    @Path("/{rsvpId}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "getRsvp", summary = "Read an RSVP",
            description = "Where an RSVP's Location points. For the volunteer who registered with their token, the "
                    + "event's host and coordinators; a guest follows their RSVP through the mailed links instead.")
    @APIResponse(responseCode = "200", description = "The RSVP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot see RSVPs")
    @APIResponse(responseCode = "404", description = "No such RSVP that is the caller's or at an event they manage")
    public RsvpResponse get(@PathParam("eventId") UUID eventId, @PathParam("rsvpId") UUID rsvpId) {
        return RsvpResponse.of(service.find(eventId, rsvpId).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{rsvpId}/cancellation")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "cancelRsvp", summary = "Cancel an RSVP",
            description = "For the volunteer who registered with their token, the event's host and coordinators. "
                    + "The freed place goes to the longest-waiting RSVP. Cancelling twice is harmless.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot cancel RSVPs")
    @APIResponse(responseCode = "404", description = "No such RSVP that is the caller's or at an event they manage")
    @APIResponse(responseCode = "409", description = "The event is over")
    public RsvpResponse cancel(@PathParam("eventId") UUID eventId, @PathParam("rsvpId") UUID rsvpId) {
        return RsvpResponse.of(service.cancel(eventId, rsvpId, null).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{rsvpId}/guest-cancellation")
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelRsvpAsGuest", summary = "Cancel a guest's RSVP with its cancel token",
            description = "Public: the cancel token from the answer to confirming proves the RSVP is the caller's. "
                    + "The freed place goes to the longest-waiting RSVP. Cancelling twice is harmless.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpResponse.class)))
    @APIResponse(responseCode = "400", description = "No cancel token, or a malformed one")
    @APIResponse(responseCode = "404", description = "No such RSVP, or the cancel token is not its own")
    @APIResponse(responseCode = "409", description = "The event is over")
    public RsvpResponse cancelAsGuest(@PathParam("eventId") UUID eventId, @PathParam("rsvpId") UUID rsvpId,
            @NotNull @Valid RsvpCancellationRequest request) {
        return RsvpResponse.of(service.cancel(eventId, rsvpId, request.cancelToken())
                .orElseThrow(NotFoundException::new));
    }

    @PUT
    @Path("/{rsvpId}/attendance")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markRsvpAttendance", summary = "Mark whether a confirmed RSVP attended",
            description = "For the event's host and coordinators, once the approved event has ended. Marking again "
                    + "replaces the earlier mark.")
    @APIResponse(responseCode = "200", description = "Marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendeeResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid attendance value")
    @APIResponse(responseCode = "403", description = "The caller's role cannot mark attendance")
    @APIResponse(responseCode = "404", description = "No such RSVP at an event the caller hosts or coordinates")
    @APIResponse(responseCode = "409", description = "The event is not over, or the RSVP is not confirmed")
    public AttendeeResponse markAttendance(@PathParam("eventId") UUID eventId, @PathParam("rsvpId") UUID rsvpId,
            @NotNull @Valid AttendanceRequest request) {
        return service.markAttendance(eventId, rsvpId, request.attendance())
                .map(r -> AttendeeResponse.of(new RsvpView(r, null, null, null, false), false))
                .orElseThrow(NotFoundException::new);
    }
}
