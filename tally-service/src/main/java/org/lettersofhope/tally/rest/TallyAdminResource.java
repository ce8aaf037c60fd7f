package org.lettersofhope.tally.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.tally.service.Rebuild;

/** Keeping the tallies honest. */
@Path("/api/admin/tallies")
@Tag(name = "Tally administration", description = "Rebuilding every tally from its sources")
@Produces(MediaType.APPLICATION_JSON)
public class TallyAdminResource {

    @Inject
    Rebuild rebuild;

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildTallies", summary = "Rebuild every tally from the ledger and the counted events",
            description = "Derives the ledger's contributions again from the ledger, then recomputes every counter "
                    + "from all contributions, in one transaction: readers see the old counters until it commits. "
                    + "New report-backs and events wait meanwhile and are counted after it. Also publishes every "
                    + "campaign total as TallyChanged.")
    @APIResponse(responseCode = "200", description = "Rebuilt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Rebuild.Result.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Rebuild.Result rebuild() {
        return rebuild.run();
    }
}
