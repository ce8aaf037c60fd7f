package org.lettersofhope.volunteer.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.volunteer.service.RsvpService;

/** A guest confirms their RSVP with the link mailed to their address. */
@Path("/api/events/rsvp-confirmations")
@Tag(name = "RSVPs", description = "Registrations for community events, the waitlist and attendance")
@Produces(MediaType.APPLICATION_JSON)
public class RsvpConfirmationResource {

    @Inject
    RsvpService service;

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmRsvp", summary = "Confirm a guest's RSVP with the link mailed to its address",
            description = "Public: the token from the mailed link proves the caller owns the address. The RSVP "
                    + "takes a free place, or the end of the waitlist, unless it already holds or awaits one; the "
                    + "answer carries a new cancel token, shown this once. Once the guest holds a place, the "
                    + "event's street address and meeting URL are mailed to the confirmed address (never shown "
                    + "here); a guest promoted from the waitlist later gets them by mail then. A link works once "
                    + "and expires; an unknown, used or expired token is one and the same 400 problem.")
    @APIResponse(responseCode = "200", description = "Confirmed: a place, or a place in line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RsvpResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = "{\"id\":"
                            + "\"0c5f7b2a-3e19-4d6a-8f41-9b2e7d3c1a55\",\"eventId\":"
                            + "\"8a1c3e52-7f0b-4c1d-9b8e-2d6f4a0c9e13\",\"status\":\"CONFIRMED\","
                            + "\"cancelToken\":\"Jm2k9QvT4xW0bLr7nC1sYpE8uH3gZa5dF6oI2eKqV0w\"}")))
    @APIResponse(responseCode = "400", description = "No token, a malformed one, or one that is unknown, used or "
            + "expired (field `token`)")
    @APIResponse(responseCode = "409", description = "The event is no longer open for registration (cancelled, over)")
    public RsvpResponse confirm(@NotNull @Valid ConfirmationRequest request) {
        return RsvpResponse.of(service.confirmGuest(request.token()));
    }
}
