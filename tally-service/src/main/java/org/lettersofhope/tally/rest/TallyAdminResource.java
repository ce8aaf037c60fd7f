package org.lettersofhope.tally.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.lettersofhope.commons.messaging.ConsumerSupervisor;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.tally.service.Rebuild;

/** Keeping the tallies honest. */
@Path("/api/admin/tallies")
@Tag(name = "Tally administration", description = "Rebuilding every tally from its sources")
@Produces(MediaType.APPLICATION_JSON)
public class TallyAdminResource {

    @Inject
    Rebuild rebuild;

    @Inject
    ConsumerSupervisor consumers;

    /** Where a rebuild starts from (the query takes either case: {@code from=log}). */
    public enum From {
        /** The ledger and the recorded event contributions of this database. */
        LEDGER,
        /** The topics from offset 0: for a database that lost its ledger, or a fresh one. */
        LOG
    }

    @Schema(name = "ReplayStarted")
    public record ReplayStarted(
            @Schema(description = "The consumers of this instance that read their topics again from offset 0")
            List<String> consumers) {
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildTallies", summary = "Rebuild every tally from the ledger, or from the event log",
            description = "from=ledger (the default): derives the ledger's contributions again from the ledger, then "
                    + "recomputes every counter from all contributions, in one transaction: readers see the old "
                    + "counters until it commits. Report-backs and events do not wait for it (no table lock): what "
                    + "arrives meanwhile is counted on top of the rebuilt counters once it commits. A second rebuild "
                    + "waits for the first. Also publishes every campaign total as TallyChanged. "
                    + "from=log: every consumer of this instance reads its topics again from offset 0 — the other "
                    + "services' events and tally-service's own ledger (LedgerEntryRecorded on tally.ledger.v1) — "
                    + "and the answer comes at once; what this database has already is recognised and changes "
                    + "nothing, what it lacks (an empty database) is recorded and counted as it was the first time. "
                    + "Progress shows in letters_consumer_lag.")
    @APIResponse(responseCode = "200", description = "Rebuilt from the ledger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Rebuild.Result.class)))
    @APIResponse(responseCode = "202", description = "The replay from offset 0 has started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayStarted.class)))
    @APIResponse(responseCode = "400", description = "from is neither ledger nor log")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response rebuild(@Parameter(description = "ledger (default) or log, in either case",
            schema = @Schema(implementation = From.class)) @QueryParam("from") String from) {
        // a String, so that an unknown value is a 400 naming the parameter rather than JAX-RS's 404
        if (QueryParams.enumValue(From.class, from, "from") == From.LOG) {
            return Response.accepted(new ReplayStarted(consumers.replayFromStart())).build();
        }
        return Response.ok(rebuild.run()).build();
    }
}
