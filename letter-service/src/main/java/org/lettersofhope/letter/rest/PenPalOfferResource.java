package org.lettersofhope.letter.rest;

import java.net.URI;
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
import org.lettersofhope.letter.service.PenPalService.MatchView;

/** Headquarters' view of the new pen pals offered to writers whose pen pal was released or deported. */
@Path("/api/pen-pal-offers")
@Tag(name = "Pen pals")
@Produces(MediaType.APPLICATION_JSON)
public class PenPalOfferResource {

    @Inject
    PenPalOfferService service;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "listPenPalOffers", summary = "List pen-pal offers",
            description = "For headquarters. Newest first. When a match ends because the recipient was RELEASED or "
                    + "DEPORTED, its writer (if still eligible and below their limit) is offered the recipient who "
                    + "has waited longest for a pen pal in a language the writer writes; the offer is PROPOSED until "
                    + "the writer accepts or declines it, or headquarters confirms or declines it for them, and "
                    + "WITHDRAWN when it can no longer be made.")
    @APIResponse(responseCode = "200", description = "A page of offers")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    public PageResponse<PenPalResponses.Offer> list(
            @QueryParam("writerId") @Parameter(schema = @Schema(format = "uuid")) String writerId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PenPalOfferStatus.class))
            String status,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.list(Decider.HEADQUARTERS, QueryParams.uuid(writerId, "writerId"),
                QueryParams.enumValue(PenPalOfferStatus.class, status, "status"), paging), paging, null,
                PenPalResponses.Offer::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "getPenPalOffer", summary = "Read a pen-pal offer", description = "For headquarters.")
    @APIResponse(responseCode = "200", description = "The offer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PenPalResponses.Offer.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such offer")
    public PenPalResponses.Offer get(@PathParam("id") UUID id) {
        return PenPalResponses.Offer.of(service.find(Decider.HEADQUARTERS, id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "confirmPenPalOffer", summary = "Confirm a pen-pal offer for its writer",
            description = "For headquarters, when the writer agreed another way. Makes the match by the rules of "
                    + "POST /api/pen-pals, which are checked again now; announces PenPalMatched.")
    @APIResponse(responseCode = "201", description = "Matched", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PenPalResponses.Match.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "The offer is no longer PROPOSED, the writer is at their "
            + "limit, or the recipient has a pen pal")
    @APIResponse(responseCode = "422", description = "The writer or recipient is no longer eligible; every unmet "
            + "rule is listed")
    public Response accept(@PathParam("id") UUID id) {
        MatchView made = service.accept(Decider.HEADQUARTERS, id).orElseThrow(NotFoundException::new);
        return Response.created(URI.create("/api/pen-pals/" + made.match().id))
                .entity(PenPalResponses.Match.of(made)).build();
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "declinePenPalOffer", summary = "Decline a pen-pal offer for its writer",
            description = "For headquarters. The recipient waits for someone else.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PenPalResponses.Offer.class)))
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "The offer is no longer PROPOSED")
    public PenPalResponses.Offer decline(@PathParam("id") UUID id) {
        return PenPalResponses.Offer.of(service.decline(Decider.HEADQUARTERS, id)
                .orElseThrow(NotFoundException::new));
    }
}
