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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.chapter.ChapterStatus;
import org.lettersofhope.volunteer.domain.Chapter;
import org.lettersofhope.volunteer.service.ChapterService;
import org.lettersofhope.commons.security.OptionalAuthentication;

@Path("/api/chapters")
@Tag(name = "Chapters", description = "Local groups organising near a detention facility")
@Produces(MediaType.APPLICATION_JSON)
public class ChapterResource {


    @Inject
    ChapterService service;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "proposeChapter",
            summary = "Propose a chapter", description = "An admin activates it. A retry with the same "
            + "Idempotency-Key answers the first proposal.")
    @APIResponse(responseCode = "201", description = "Proposed (or, with Idempotent-Replayed: true, the answer to "
            + "the first request with this Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChapterRequests.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid proposal")
    @APIResponse(responseCode = "403", description = "A role that never proposes chapters")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different proposal")
    public Response propose(@NotNull @Valid ChapterRequests.Proposal proposal,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<ChapterRequests.View> outcome = idempotency.once(idempotencyKey, "propose-chapter",
                proposal, ChapterRequests.View.class,
                () -> ChapterRequests.View.of(service.propose(proposal.toProposal(), caller.name()), true));
        return Idempotency.created(outcome, URI.create("/api/chapters/" + outcome.result().id()));
    }

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listChapters",
            summary = "List active chapters", description = "Public; no contact details.")
    @APIResponse(responseCode = "200", description = "A page of chapters, by name")
    @APIResponse(responseCode = "400", description = "An invalid filter")
    public PageResponse<ChapterRequests.View> list(@Valid @BeanParam PageParams page,
            @QueryParam("region") @Parameter(description = "ISO 3166-2", schema = @Schema(pattern = Regions.PATTERN))
            String region) {
        if (region != null && !Regions.isValid(region)) {
            throw QueryParams.invalid("region", "must be an ISO 3166-2 code such as US-CA");
        }
        String r = region == null ? null : Regions.normalize(region);
        long total = service.countActive(r);
        return PageResponse.of(service.listActive(r, page.page, page.size), page, total,
                c -> ChapterRequests.View.of(c, false));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getChapter", summary = "Read a chapter",
            description = "Active chapters are public without contact details. Proposed or dormant ones, and the "
                    + "contact details, are for headquarters and the chapter's own coordinators and key.")
    @APIResponse(responseCode = "200", description = "The chapter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChapterRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such chapter, or not one you may see")
    public ChapterRequests.View read(@PathParam("id") UUID id) {
        Chapter c = service.find(id).orElseThrow(NotFoundException::new);
        boolean insider = !caller.isAnonymous() && caller.actsFor(c.id);
        if (c.status != ChapterStatus.ACTIVE && !insider && !caller.name().equals(c.proposedBy)) {
            throw new NotFoundException();
        }
        return ChapterRequests.View.of(c, insider);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeChapterStatus", summary = "Activate a chapter, or let it go dormant",
            description = "PROPOSED → ACTIVE → DORMANT → ACTIVE.")
    @APIResponse(responseCode = "200", description = "The chapter after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChapterRequests.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid status")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such chapter")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; `allowed` lists what is")
    public ChapterRequests.View changeStatus(@PathParam("id") UUID id,
            @NotNull @Valid ChapterRequests.StatusChange change) {
        service.find(id).orElseThrow(NotFoundException::new);
        return ChapterRequests.View.of(service.changeStatus(id, change.status()), true);
    }

    @GET
    @Path("/{id}/coordinators")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "listChapterCoordinators", summary = "A chapter's coordinators")
    @APIResponse(responseCode = "200", description = "Their volunteer ids",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChapterRequests.Coordinators.class)))
    @APIResponse(responseCode = "403", description = "A role that never reads coordinators")
    @APIResponse(responseCode = "404", description = "No such chapter, or not yours")
    public ChapterRequests.Coordinators coordinators(@PathParam("id") UUID id) {
        Chapter c = service.find(id).orElseThrow(NotFoundException::new);
        if (!caller.actsFor(c.id)) {
            throw new NotFoundException();
        }
        return new ChapterRequests.Coordinators(service.coordinators(id));
    }

    @PUT
    @Path("/{id}/coordinators/{volunteerId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addChapterCoordinator",
            summary = "Make a volunteer of the chapter one of its coordinators")
    @APIResponse(responseCode = "204", description = "Done (or already so)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such chapter")
    @APIResponse(responseCode = "409", description = "The volunteer is not in this chapter")
    @APIResponse(responseCode = "422", description = "No such volunteer")
    public Response addCoordinator(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        service.find(id).orElseThrow(NotFoundException::new);
        service.addCoordinator(id, volunteerId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/coordinators/{volunteerId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeChapterCoordinator", summary = "Stop a volunteer coordinating the chapter")
    @APIResponse(responseCode = "204", description = "Done")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "Not a coordinator of this chapter")
    public Response removeCoordinator(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        if (!service.removeCoordinator(id, volunteerId)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
