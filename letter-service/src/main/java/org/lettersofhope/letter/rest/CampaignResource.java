package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
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
import jakarta.ws.rs.QueryParam;
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
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.Campaign;
import org.lettersofhope.letter.domain.CampaignStatus;
import org.lettersofhope.letter.domain.CampaignMailTo;
import org.lettersofhope.letter.service.CampaignService;
import org.lettersofhope.letter.service.Slice;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.commons.security.OptionalAuthentication;

/** Campaigns: headquarters drafts, publishes and closes them; anyone reads active and closed ones. */
@Path("/api/campaigns")
@Tag(name = "Campaigns", description = "Solidarity letter campaigns and advocacy campaigns to officials: talking "
        + "points, hashtags, targets, goal and dates; DRAFT → ACTIVE → CLOSED")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCampaign",
            summary = "Draft a campaign", description = "For headquarters (admins and coordinators without a "
            + "chapter). The campaign starts as a DRAFT that only coordinators can read.")
    @APIResponse(responseCode = "201", description = "Drafted; the ETag header carries its version (or, with "
            + "Idempotent-Replayed: true, the answer to the first request with this Idempotency-Key, without ETag)",
            headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid campaign; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "409", description = "Another campaign already uses the slug")
    @APIResponse(responseCode = "422", description = "A target names no known official, or the Idempotency-Key was "
            + "used with a different request")
    public Response create(@NotNull @Valid CampaignRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "draft-campaign", request, CampaignResponse.class,
                () -> service.create(request.toPlan()), CampaignResponse::of, c -> c.version,
                r -> URI.create("/api/campaigns/" + r.id()));
    }

    @GET
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listCampaigns",
            summary = "List campaigns", description = "Public: ACTIVE campaigns unless status asks for CLOSED "
            + "ones. Coordinators and admins see every status (drafts too) unless they filter. With updatedSince, "
            + "campaigns come in the order they last changed, oldest first, for incremental sync; otherwise the "
            + "latest start first.")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageResponse<CampaignResponse> list(
            @QueryParam("status") @Parameter(description = "Only campaigns in this status",
                    schema = @Schema(implementation = CampaignStatus.class)) String status,
            @QueryParam("kind") @Parameter(description = "Only campaigns of this kind",
                    schema = @Schema(implementation = CampaignKind.class)) String kind,
            @QueryParam("updatedSince") @Parameter(description = "Only campaigns changed at or after this instant",
                    example = "2026-11-22T00:00:00Z", schema = @Schema(format = "date-time")) String updatedSince,
            @BeanParam @Valid PageParams paging) {
        CampaignStatus wanted = QueryParams.enumValue(CampaignStatus.class, status, "status");
        Slice<Campaign> slice = service.list(wanted == null ? null : EnumSet.of(wanted),
                QueryParams.enumValue(CampaignKind.class, kind, "kind"),
                QueryParams.instant(updatedSince, "updatedSince"), paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null, CampaignResponse::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaign",
            summary = "Read a campaign", description = "Public when ACTIVE or CLOSED; a DRAFT only for "
            + "coordinators and admins. The ETag serves If-Match on edits.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "404", description = "No such campaign that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.find(id));
    }

    @Schema(name = "CampaignMailingAddresses", description = "Where a campaign's pieces are mailed, as envelopes")
    public record MailingAddresses(@Schema(required = true) UUID campaignId,
            @Schema(required = true) CampaignMailTo mailTo,
            @Schema(required = true, description = "CENTRAL: headquarters' central address (none until it is set); "
                    + "TARGETS: one per target, in the campaign's order; ADDRESS: the campaign's own")
            List<EnvelopeResponse> envelopes) {
    }

    @GET
    @Path("/{id}/mailing-addresses")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaignMailingAddresses", summary = "Where to mail a campaign's pieces",
            description = "Public when the campaign is ACTIVE or CLOSED; a DRAFT only for coordinators and admins. "
                    + "The addressee and address to write on each envelope, so that no frontend copies an address "
                    + "into its pages.")
    @APIResponse(responseCode = "200", description = "The envelopes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailingAddresses.class)))
    @APIResponse(responseCode = "404", description = "No such campaign that the caller may see")
    public MailingAddresses mailingAddresses(@PathParam("id") UUID id) {
        CampaignService.Mailing mailing = service.mailing(id).orElseThrow(NotFoundException::new);
        return new MailingAddresses(id, mailing.mailTo(),
                mailing.envelopes().stream().map(EnvelopeResponse::of).toList());
    }

    @GET
    @Path("/by-slug/{slug}")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaignBySlug",
            summary = "Read a campaign by its slug", description = "As reading it by id.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "404", description = "No such campaign that the caller may see")
    public Response getBySlug(@PathParam("slug") @Parameter(schema = @Schema(pattern = CampaignRequest.SLUG))
            String slug) {
        if (!slug.matches(CampaignRequest.SLUG)) {
            throw new NotFoundException();
        }
        return withEtag(service.findBySlug(slug));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCampaign",
            summary = "Edit a campaign", description = "For headquarters. Replaces the campaign: all of it "
            + "while DRAFT; while ACTIVE only name, description, callToAction, talkingPoints, hashtags and "
            + "mailingInstructions (slug, kind, goal, dates and targets were announced when it was published and "
            + "must be sent unchanged); nothing once CLOSED. Send the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Edited",
            headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid campaign; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "The slug is taken, the campaign is closed, or a field fixed "
            + "while ACTIVE differs; the body names the status and where it may go")
    @APIResponse(responseCode = "412", description = "The campaign changed since the ETag in If-Match was read")
    @APIResponse(responseCode = "422", description = "A target names no known official")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @NotNull @Valid CampaignRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read") String ifMatch) {
        long version = ETags.requireVersion(ifMatch);
        return withEtag(service.update(id, request.toPlan(), version));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "publishCampaign",
            summary = "Publish a draft campaign", description = "For headquarters. DRAFT → ACTIVE: needs a goal, "
            + "start and end dates (the end not in the past) and, for an advocacy campaign, at least one target. "
            + "Announces CampaignPublished.")
    @APIResponse(responseCode = "200", description = "Published",
            headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Not a draft; the body lists the allowed next statuses")
    @APIResponse(responseCode = "422", description = "Not ready: the unmet rules are listed as violations")
    public Response publish(@PathParam("id") UUID id) {
        return withEtag(service.publish(id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "closeCampaign",
            summary = "Close an active campaign", description = "For headquarters. ACTIVE → CLOSED; pieces can "
            + "no longer be logged for it. Announces CampaignClosed.")
    @APIResponse(responseCode = "200", description = "Closed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The campaign's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Not active; the body lists the allowed next statuses")
    public Response close(@PathParam("id") UUID id) {
        return withEtag(service.close(id));
    }

    private static Response withEtag(Optional<Campaign> found) {
        Campaign c = found.orElseThrow(NotFoundException::new);
        return Response.ok(CampaignResponse.of(c)).tag(ETags.of(c.version)).build();
    }
}
