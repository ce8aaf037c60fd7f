package org.lettersofhope.letter.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.service.PenPalService;

/** The calling writer's pen pals. */
@Path("/api/me/pen-pals")
@Tag(name = "Pen pals")
@Produces(MediaType.APPLICATION_JSON)
public class MyPenPalsResource {

    @Inject
    PenPalService service;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listMyPenPals",
            summary = "My pen pals", description = "The caller's active matches: each pen pal's display name "
            + "(first name and last initial) and preferred language, never more. Letters go to the central address "
            + "and are logged with POST /api/letters naming the matchId as penPalId.")
    @APIResponse(responseCode = "200", description = "A page of pen pals")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    public PageResponse<PenPalResponses.Mine> mine(@BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.mine(paging), paging, null, PenPalResponses.Mine::of);
    }
}
