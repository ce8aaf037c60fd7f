package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.volunteer.service.CommunityEventService;

/**
 * The calendar feed of all approved upcoming events, for calendar apps to subscribe to. (A class of its own: as a
 * method under {@code /api} it would lose to {@code /api/events/{id}}.)
 */
@Path("/api/events/calendar.ics")
@Tag(name = "Community events")
@Produces(ICalendar.MEDIA_TYPE)
public class CalendarResource {

    @Inject
    CommunityEventService service;

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "eventCalendar", summary = "Calendar feed of upcoming events",
            description = "Public iCalendar (RFC 5545) feed of approved events that have not ended, soonest first "
                    + "(at most " + CommunityEventService.CALENDAR_LIMIT + "). Locations are city and region only.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response all() {
        return feed(service, "Letters of Hope events", null);
    }

    /** The feed of approved upcoming events, of one chapter or (chapterId null) of all. */
    static Response feed(CommunityEventService service, String name, UUID chapterId) {
        String ics = ICalendar.feed(name, service.calendar(chapterId), Instant.now());
        return Response.ok(ics, ICalendar.MEDIA_TYPE + "; charset=utf-8").build();
    }
}
