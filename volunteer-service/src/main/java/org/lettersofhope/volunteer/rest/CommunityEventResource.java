package org.lettersofhope.volunteer.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.service.CommunityEventService;
import org.lettersofhope.volunteer.service.EventView;
import org.lettersofhope.volunteer.service.Slice;
import org.lettersofhope.commons.security.OptionalAuthentication;

/** Community events as hosts and the public see them: propose, find, edit, cancel, report back. */
@Path("/api/events")
@Tag(name = "Community events", description = "Letter-writing events, postcard parties, organising meetings and "
        + "info sessions that volunteers host")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityEventResource {

    @Inject
    CommunityEventService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeEvent", summary = "Propose a community event",
            description = "The caller hosts it. It is PROPOSED until a coordinator of its chapter (or headquarters) "
                    + "approves or rejects it. A retry with the same Idempotency-Key answers the first proposal.")
    @APIResponse(responseCode = "201", description = "Proposed (or, with Idempotent-Replayed: true, the answer to "
            + "the first request with this Idempotency-Key; the ETag is sent with the first answer only)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid proposal; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not a person who may host (partner keys cannot)")
    @APIResponse(responseCode = "409", description = "The chapter is not active")
    @APIResponse(responseCode = "422", description = "`chapterId` is no chapter the caller belongs to (or none at "
            + "all), `campaignId` no open campaign, or the Idempotency-Key was used with a different request")
    public Response propose(@NotNull @Valid CommunityEventRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "propose-event", request, CommunityEventResponse.class,
                () -> service.propose(request.toPlan()), CommunityEventResponse::of, v -> v.event().version,
                r -> URI.create("/api/events/" + r.id()));
    }

    @GET
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listEvents", summary = "List upcoming approved events",
            description = "Public. Approved events that have not ended, soonest first. Only city and region are "
                    + "shown; the street address and meeting URL are for confirmed attendees.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageResponse<CommunityEventResponse> list(@BeanParam @Valid EventFilterParams filter,
            @BeanParam @Valid PageParams paging) {
        return page(service.listPublic(filter.toSearch(null, null), paging.page, paging.size), paging);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getEvent", summary = "Read an event",
            description = "Public for approved events (and approved ones since cancelled). Its host and "
                    + "coordinators also see it while proposed or after rejection. The ETag serves If-Match on edits.")
    @APIResponse(responseCode = "200", description = "The event",
            headers = @Header(name = HttpHeaders.ETAG, description = "The event's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.find(id).orElseThrow(NotFoundException::new));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEvent", summary = "Edit a proposed event",
            description = "Replaces the event's details while it is PROPOSED. For its host and coordinators. Send "
                    + "the ETag last read in If-Match to make sure nobody changed it in between.")
    @APIResponse(responseCode = "200", description = "Edited",
            headers = @Header(name = HttpHeaders.ETAG, description = "The event's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid details; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "The caller's role cannot edit events")
    @APIResponse(responseCode = "404", description = "No such event that the caller may edit")
    @APIResponse(responseCode = "409", description = "The event is no longer proposed, or the chapter is not active")
    @APIResponse(responseCode = "412", description = "The event changed since the ETag in If-Match was read")
    @APIResponse(responseCode = "422", description = "`chapterId` is no chapter the caller belongs to, or a newly "
            + "named `campaignId` no open campaign")
    public Response update(@PathParam("id") UUID id, @NotNull @Valid CommunityEventRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read") String ifMatch) {
        return withEtag(service.update(id, request.toPlan(), expectedVersion(ifMatch))
                .orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "cancelEvent",
            summary = "Cancel an event", description = "For its host and coordinators, before it ends.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot cancel events")
    @APIResponse(responseCode = "404", description = "No such event that the caller may cancel")
    @APIResponse(responseCode = "409", description = "Already cancelled or rejected, or already over")
    public CommunityEventResponse cancel(@PathParam("id") UUID id) {
        return CommunityEventResponse.of(service.cancel(id).orElseThrow(NotFoundException::new));
    }

    @PUT
    @Path("/{id}/report-back")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportEventAttendance", summary = "Report back what an event achieved",
            description = "For its host and coordinators, once the approved event has ended. A report is recorded "
                    + "once: sending it again corrects it, replacing the counts rather than adding to them.")
    @APIResponse(responseCode = "200", description = "Recorded; the event with its report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid counts; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "The caller's role cannot report back")
    @APIResponse(responseCode = "404", description = "No such event that the caller may report on")
    @APIResponse(responseCode = "409", description = "The event is not approved or has not ended yet")
    public CommunityEventResponse reportBack(@PathParam("id") UUID id, @NotNull @Valid ReportBackRequest request) {
        return CommunityEventResponse.of(service.reportBack(id, request.lettersWritten(), request.postcardsWritten(),
                request.attendees()).orElseThrow(NotFoundException::new));
    }

    static PageResponse<CommunityEventResponse> page(Slice<EventView> slice, PageParams paging) {
        return PageResponse.of(slice.items(), paging, slice.total(), CommunityEventResponse::of);
    }

    private static Response withEtag(EventView view) {
        return Response.ok(CommunityEventResponse.of(view)).tag(CommunityEventResponse.etag(view)).build();
    }

    /** {@code "3"} or {@code W/"3"} is version 3; no header or {@code *} checks nothing; anything else never matches. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed();
        }
    }
}
