package org.lettersofhope.tally.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.tally.domain.CounterRepository;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;
import org.lettersofhope.commons.security.OptionalAuthentication;

/** Tallies across all campaigns and outside them. */
@Path("/api/tallies")
@Tag(name = "Tallies", description = "Counts of what the movement does")
@Produces(MediaType.APPLICATION_JSON)
public class TallyResource {

    @Inject
    TallyQueries queries;

    @Schema(name = "OverallTallies")
    public record OverallResponse(
            @Schema(description = "Every metric's total over everything counted, in campaigns or not; null for a "
                    + "metric withheld from the public",
                    type = SchemaType.OBJECT, additionalProperties = Long.class,
                    examples = "{\"VOLUNTEERS_REGISTERED\": 5120, \"REPLIES_RECEIVED\": 80}")
            Map<Metric, Long> totals) {
    }

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getOverallTallies", summary = "Every metric's total, over all campaigns and outside them")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OverallResponse.class)))
    public OverallResponse overall() {
        return new OverallResponse(queries.overall());
    }

    @GET
    @Path("/volunteers")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getVolunteerTallies", summary = "Registered volunteers, overall and per region",
            description = "Fed by volunteer-service's VolunteerRegistered events; a sign-up shows here within "
                    + "seconds. For the public, a region with fewer volunteers than the small-cell threshold "
                    + "(default 5) shows count null and fewerThan, and other regions may be hidden with it so that "
                    + "subtracting from the total cannot recover it; coordinators, admins and dashboard keys see "
                    + "exact numbers.")
    @APIResponse(responseCode = "200", description = "The current counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerTallyResponse.class)))
    public VolunteerTallyResponse volunteers() {
        TallyQueries.Figures figures = queries.figures(CounterRepository.ALL);
        return VolunteerTallyResponse.of(figures.totals().get(Metric.VOLUNTEERS_REGISTERED),
                figures.breakdown(Metric.VOLUNTEERS_REGISTERED, Dimension.REGION).cells());
    }
}
