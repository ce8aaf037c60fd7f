package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** The calendar feed of one chapter's approved upcoming events. */
@Path("/api/chapters/{chapterId}/events/calendar.ics")
@Tag(name = "Community events")
@Produces(ICalendar.MEDIA_TYPE)
public class ChapterCalendarResource {

    @Inject
    CommunityEventService service;

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "chapterEventCalendar", summary = "Calendar feed of a chapter's upcoming events",
            description = "Like the overall feed (/api/events/calendar.ics), for one chapter's events.")
    @APIResponse(responseCode = "200", description = "The feed; without events when the chapter has none coming",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "The chapter id is not a UUID")
    public Response chapter(@PathParam("chapterId") UUID chapterId) {
        return CalendarResource.feed(service, "Letters of Hope events: chapter " + chapterId, chapterId);
    }
}
