package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.service.CommunityEventService;

/** Calendar feeds of approved upcoming events that calendar apps can subscribe to. */
@Path("/api")
@Tag(name = "Community events")
@Produces(ICalendar.MEDIA_TYPE)
public class CalendarResource {

    @Inject
    CommunityEventService service;

    @GET
    @Path("/events/calendar.ics")
    @PermitAll
    @Operation(summary = "Calendar feed of upcoming events",
            description = "Public iCalendar (RFC 5545) feed of approved events that have not ended, soonest first "
                    + "(at most " + CommunityEventService.CALENDAR_LIMIT + "). Locations are city and region only.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response all() {
        return feed("Letters of Hope events", null);
    }

    @GET
    @Path("/chapters/{chapterId}/events/calendar.ics")
    @PermitAll
    @Operation(summary = "Calendar feed of a chapter's upcoming events",
            description = "Like the overall feed, for one chapter's events.")
    @APIResponse(responseCode = "200", description = "The feed; empty when the chapter has no upcoming events",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "The chapter id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response chapter(@PathParam("chapterId") UUID chapterId) {
        return feed("Letters of Hope events: chapter " + chapterId, chapterId);
    }

    private Response feed(String name, UUID chapterId) {
        String ics = ICalendar.feed(name, service.calendar(chapterId), Instant.now());
        return Response.ok(ics, ICalendar.MEDIA_TYPE + "; charset=utf-8").build();
    }
}
