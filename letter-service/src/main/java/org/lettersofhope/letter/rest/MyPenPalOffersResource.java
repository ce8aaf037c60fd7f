package org.lettersofhope.letter.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.PenPalOfferStatus;
import org.lettersofhope.letter.service.PenPalOfferService;
import org.lettersofhope.letter.service.PenPalOfferService.Decider;

/** The calling writer's offers of a new pen pal, after their pen pal could no longer receive letters. */
@Path("/api/me/pen-pal-offers")
@Tag(name = "Pen pals")
@Produces(MediaType.APPLICATION_JSON)
public class MyPenPalOffersResource {

    @Inject
    PenPalOfferService service;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listMyPenPalOffers", summary = "My pen-pal offers",
            description = "Newest first. Each tells the writer, in plain words, that their pen pal can no longer "
                    + "receive letters (never why) and who they are offered instead: a display name and language, "
                    + "never more.")
    @APIResponse(responseCode = "200", description = "A page of offers")
    @APIResponse(responseCode = "400", description = "Invalid status or paging parameter")
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    public PageResponse<PenPalResponses.MyOffer> mine(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PenPalOfferStatus.class))
            String status,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(Decider.WRITER, null,
                QueryParams.enumValue(PenPalOfferStatus.class, status, "status"), paging), paging, null,
                PenPalResponses.MyOffer::of);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "acceptMyPenPalOffer", summary = "Accept a pen-pal offer",
            description = "Makes the match by the rules of any match, checked again now (the writer still active, "
                    + "below their limit, on the current guidelines; the recipient still detained, consenting and "
                    + "without a pen pal).")
    @APIResponse(responseCode = "201", description = "The new pen pal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PenPalResponses.Mine.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    @APIResponse(responseCode = "404", description = "No such offer to the caller")
    @APIResponse(responseCode = "409", description = "The offer is no longer PROPOSED, the caller is at their limit, "
            + "or the person offered has a pen pal")
    @APIResponse(responseCode = "422", description = "A rule of matching is no longer met; each is listed")
    public Response accept(@PathParam("id") UUID id) {
        PenPalResponses.Mine made = PenPalResponses.Mine.of(service.accept(Decider.WRITER, id)
                .orElseThrow(NotFoundException::new));
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "declineMyPenPalOffer", summary = "Decline a pen-pal offer",
            description = "The person offered waits for someone else.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PenPalResponses.MyOffer.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    @APIResponse(responseCode = "404", description = "No such offer to the caller")
    @APIResponse(responseCode = "409", description = "The offer is no longer PROPOSED")
    public PenPalResponses.MyOffer decline(@PathParam("id") UUID id) {
        return PenPalResponses.MyOffer.of(service.decline(Decider.WRITER, id).orElseThrow(NotFoundException::new));
    }
}
