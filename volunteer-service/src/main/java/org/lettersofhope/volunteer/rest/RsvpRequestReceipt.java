package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a guest's RSVP: the same whatever the address and whatever it already holds at the event. */
@Schema(name = "RsvpRequestReceipt", description = "A guest's place is held only once the link mailed to the "
        + "address is followed; the event's address and meeting link then come by mail.")
public record RsvpRequestReceipt(
        UUID eventId,
        @Schema(examples = "CHECK_YOUR_EMAIL") String status,
        @Schema(examples = DETAIL) String detail) {

    static final String DETAIL = "If the address can receive mail, a link to confirm the place is on its way. No "
            + "place is held until it is followed.";

    static RsvpRequestReceipt of(UUID eventId) {
        return new RsvpRequestReceipt(eventId, "CHECK_YOUR_EMAIL", DETAIL);
    }
}
