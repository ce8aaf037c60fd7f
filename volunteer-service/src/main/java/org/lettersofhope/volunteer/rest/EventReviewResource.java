package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.domain.IntroStatus;
import org.lettersofhope.volunteer.service.CommunityEventService;

/** What coordinators (and partner chapters' keys) do with events: review proposals, look after their chapter's. */
@Path("/api/events")
@Tag(name = "Community events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
public class EventReviewResource {

    static final String STATUS_PATTERN = "^(PROPOSED|APPROVED|REJECTED|CANCELLED)$";

    @Inject
    CommunityEventService service;

    @POST
    @Path("/{id}/approval")
    @Operation(operationId = "approveEvent", summary = "Approve a proposed event",
            description = "For coordinators of the event's chapter and headquarters. The event is then listed "
                    + "publicly and open for RSVPs.")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators approve events")
    @APIResponse(responseCode = "404", description = "No such event in the caller's chapter")
    @APIResponse(responseCode = "409", description = "The event is not proposed, or has already started")
    public CommunityEventResponse approve(@PathParam("id") UUID id) {
        return CommunityEventResponse.of(service.approve(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectEvent", summary = "Reject a proposed event",
            description = "For coordinators of the event's chapter and headquarters; the reason is shown to the host.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityEventResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason, or an invalid one")
    @APIResponse(responseCode = "403", description = "Only coordinators reject events")
    @APIResponse(responseCode = "404", description = "No such event in the caller's chapter")
    @APIResponse(responseCode = "409", description = "The event is not proposed")
    public CommunityEventResponse reject(@PathParam("id") UUID id, @NotNull @Valid RejectionRequest request) {
        return CommunityEventResponse.of(service.reject(id, request.reason()).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("/managed")
    @Operation(operationId = "listManagedEvents", summary = "List the events the caller looks after",
            description = "Events in any status, soonest first: every event for headquarters, the chapter's own for a "
                    + "chapter coordinator or partner key. Filter by status to find proposals awaiting review; "
                    + "updatedSince syncs incrementally.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Only coordinators, partner keys and admins list these")
    public PageResponse<CommunityEventResponse> managed(@BeanParam @Valid EventFilterParams filter,
            @QueryParam("status") @Pattern(regexp = STATUS_PATTERN, message = "must be one of PROPOSED, APPROVED, "
                    + "REJECTED, CANCELLED")
            @Parameter(description = "Only events in this status",
                    schema = @Schema(implementation = CommunityEventStatus.class)) String status,
            @QueryParam("updatedSince")
            @Parameter(description = "Only events changed at or after this instant", example = "2026-11-01T00:00:00Z",
                    schema = @Schema(format = "date-time")) String updatedSince,
            @QueryParam("introStatus")
            @Parameter(description = "Only events whose organiser introduction is at this step, e.g. REQUESTED to "
                    + "find the hosts waiting for an organiser", schema = @Schema(implementation = IntroStatus.class))
            String introStatus,
            @BeanParam @Valid PageParams paging) {
        Set<CommunityEventStatus> statuses = status == null ? null : EnumSet.of(CommunityEventStatus.valueOf(status));
        Instant since = EventFilterParams.parse(updatedSince, "updatedSince", Instant::parse);
        IntroStatus intro = QueryParams.enumValue(IntroStatus.class, introStatus, "introStatus");
        return CommunityEventResource.page(service.listManaged(filter.toSearch(statuses, since, intro), paging.page,
                paging.size), paging);
    }
}
