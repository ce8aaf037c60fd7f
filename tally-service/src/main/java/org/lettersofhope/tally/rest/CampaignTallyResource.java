package org.lettersofhope.tally.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.Problems;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.tally.domain.ContributionRepository;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.Refusals;
import org.lettersofhope.tally.service.TallyHub;
import org.lettersofhope.tally.service.TallyQueries;
import org.lettersofhope.tally.service.TallyQueries.Interval;
import org.lettersofhope.commons.security.OptionalAuthentication;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;

/**
 * A campaign's tallies for dashboards, partners and journalists: totals and goal, breakdowns, series, leaderboard,
 * a live stream and a CSV export. Public, with small chapter and region cells hidden from the public.
 */
@Path("/api/campaigns/{campaignId}/tallies")
@Tag(name = "Tallies", description = "Counts of what the movement does: totals, goals, breakdowns, time series, "
        + "live updates, exports")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignTallyResource {

    static final String METRICS = "ACTIONS, VOLUNTEERS_REGISTERED, EVENTS_HELD, EVENT_ATTENDEES, "
            + "EVENT_LETTERS_WRITTEN, EVENT_POSTCARDS_WRITTEN, LETTERS_LOGGED, LETTERS_RECEIVED, LETTERS_APPROVED, "
            + "LETTERS_MAILED, LETTERS_RETURNED, ADVOCACY_PIECES_LOGGED, REPLIES_RECEIVED";

    @Inject
    TallyQueries queries;

    @Inject
    TallyHub hub;

    @Inject
    ContributionRepository contributions;

    @Inject
    Caller caller;

    @Inject
    HttpServerRequest request;

    @GET
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaignTotals", summary = "A campaign's totals and goal progress",
            description = "Every metric's total and progress towards the goal (count, goal, percent, days left and "
                    + "the pace per day needed to reach it by the end date). Read from counters kept up to date as "
                    + "things are counted: nothing is counted on the request path.")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignTalliesResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown time zone")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public CampaignTalliesResponse totals(@PathParam("campaignId") UUID campaignId, @QueryParam("zone")
            @Parameter(description = "IANA time zone that decides what \"today\" is for the pace (default UTC)",
                    example = "America/Chicago") String zone) {
        return CampaignTalliesResponse.of(queries.totals(campaignId, zone(zone)));
    }

    @GET
    @Path("/breakdown")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaignBreakdown", summary = "A metric broken down",
            description = "By chapter, region, target, action type or source. For the public, chapter and region "
                    + "cells below the small-cell threshold (default 5) show count null and fewerThan, and other cells "
                    + "are hidden with them (count and fewerThan null) wherever subtracting from the totals or other "
                    + "figures could otherwise recover them; a metric too small to protect that way is withheld. "
                    + "Coordinators, admins and dashboard keys see exact numbers.")
    @APIResponse(responseCode = "200", description = "The cells",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BreakdownResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown metric or dimension")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public BreakdownResponse breakdown(@PathParam("campaignId") UUID campaignId,
            @QueryParam("metric") @Parameter(description = "Default ACTIONS", schema = @Schema(
                    type = SchemaType.STRING, enumeration = { "ACTIONS", "VOLUNTEERS_REGISTERED", "EVENTS_HELD",
                            "EVENT_ATTENDEES", "EVENT_LETTERS_WRITTEN", "EVENT_POSTCARDS_WRITTEN", "LETTERS_LOGGED",
                            "LETTERS_RECEIVED", "LETTERS_APPROVED", "LETTERS_MAILED", "LETTERS_RETURNED",
                            "ADVOCACY_PIECES_LOGGED", "REPLIES_RECEIVED" })) String metric,
            @QueryParam("by") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "CHAPTER", "REGION", "TARGET", "ACTION", "SOURCE" })) String by) {
        Metric m = metric(metric);
        Dimension d = QueryParams.enumValue(Dimension.class, by, "by");
        if (d == null) {
            throw QueryParams.invalid("by", "is required: one of CHAPTER, REGION, TARGET, ACTION, SOURCE");
        }
        return BreakdownResponse.of(campaignId, m, d, queries.breakdown(campaignId, m, d));
    }

    @GET
    @Path("/series")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaignSeries", summary = "A metric per day or week",
            description = "In the given time zone, every day (or week, from Monday) from `from` to `to`, both "
                    + "included; by default from the campaign's start to today or its end. At most "
                    + TallyQueries.MAX_SERIES_DAYS + " days.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown metric, interval or time zone; bad or too long range")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public SeriesResponse series(@PathParam("campaignId") UUID campaignId,
            @QueryParam("metric") @Parameter(description = "Default ACTIONS; one of " + METRICS) String metric,
            @QueryParam("interval") @Parameter(description = "Default DAY", schema = @Schema(
                    type = SchemaType.STRING, enumeration = { "DAY", "WEEK" })) String interval,
            @QueryParam("zone") @Parameter(description = "IANA time zone (default UTC)",
                    example = "America/Chicago") String zone,
            @QueryParam("from") @Parameter(description = "First day", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) String to) {
        Metric m = metric(metric);
        Interval i = interval(interval);
        ZoneId z = zone(zone);
        return SeriesResponse.of(campaignId, m, i, z.getId(),
                queries.series(campaignId, m, i, z, date(from, "from"), date(to, "to")));
    }

    @GET
    @Path("/leaderboard")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCampaignLeaderboard", summary = "Chapters ranked by a metric",
            description = "Largest first, equal counts sharing a rank. For the public, chapters hidden in the "
                    + "chapter breakdown follow unranked with count null.")
    @APIResponse(responseCode = "200", description = "The leaderboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LeaderboardResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown metric or limit out of bounds")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public LeaderboardResponse leaderboard(@PathParam("campaignId") UUID campaignId,
            @QueryParam("metric") @Parameter(description = "Default ACTIONS; one of " + METRICS) String metric,
            @QueryParam("limit") @DefaultValue("10") @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(100) @Parameter(schema = @Schema(minimum = "1", maximum = "100"))
            int limit) {
        Metric m = metric(metric);
        return LeaderboardResponse.of(campaignId, m, queries.leaderboard(campaignId, m, limit));
    }

    @GET
    @Path("/stream")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamCampaignTallies", summary = "Watch a campaign's totals live",
            description = "Server-Sent Events: the current totals at once, then new totals within a second of each "
                    + "change (several changes close together come as one). Each event's data is a CampaignTallies "
                    + "document, protected for the public as the totals are. Each client address may hold a "
                    + "limited number of streams open at once (letters.tallies.stream.max-per-client, default 20), "
                    + "and so may everyone together (max-total, default 2000); beyond that the answer is 429 with "
                    + "Retry-After. A stream's place is given back when it is closed.\n\n"
                    + "Events: each is an unnamed SSE event (type `message`) whose `data` is one CampaignTallies "
                    + "JSON document (x-sse-events). Events carry no `id`, so there is no Last-Event-ID to resume "
                    + "from: a client that reconnects (EventSource does so by itself) gets the current totals "
                    + "first and misses nothing. Read it with an SSE client, not as one JSON body.")
    @Extension(name = "x-sse-events", parseValue = true, value = "[{\"event\": \"message\", \"contentType\": "
            + "\"application/json\", \"data\": {\"$ref\": \"#/components/schemas/CampaignTallies\"}, "
            + "\"description\": \"The campaign's totals now: first on connecting, then after each change\"}]")
    @APIResponse(responseCode = "200", description = "An event stream (text/event-stream) of CampaignTallies "
            + "documents, one per event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING, description = "The raw event stream: "
                            + "`data: {CampaignTallies JSON}` lines, events apart by a blank line")))
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    @APIResponse(responseCode = "429", description = "Too many requests from your address, or your address (or everyone "
            + "together) has as many streams open as allowed; see Retry-After")
    public Multi<CampaignTalliesResponse> stream(@PathParam("campaignId") UUID campaignId) {
        queries.campaign(campaignId);
        TallyHub.Slot slot = hub.admit(clientAddress());
        // However the stream ends — even a client gone before the first event — its place is given back.
        ServerHttpResponse response = CurrentRequestManager.get().serverResponse();
        response.addCloseHandler(slot::release);
        slot.goneWhen(response::closed);
        if (response.closed()) {
            slot.release();
        }
        return hub.watch(campaignId, queries.seesExactNumbers(), slot).map(CampaignTalliesResponse::of);
    }

    @ServerExceptionMapper
    public Response tooManyStreams(TallyHub.TooManyStreams e, UriInfo uri) {
        return Problems.builder(Problem.of(429, Problems.title(429), e.getMessage())
                .withInstance(Problems.instance(uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds()))).build();
    }

    /** The client's address, as the HTTP layer sees it (behind a proxy: with proxy-address-forwarding). */
    private String clientAddress() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    @GET
    @Path("/export.csv")
    @PermitAll
    @OptionalAuthentication
    @RateLimited(RateLimited.Budget.READS)
    @Produces("text/csv")
    @Operation(operationId = "exportCampaignTallies", summary = "Download a campaign's tallies as CSV",
            description = "One RFC 4180 file: every metric's total, its breakdowns by chapter, region, target, "
                    + "action type and source, and its series per day (or week) in the time zone. Columns: section, "
                    + "metric, dimension, key, count, fewer_than. The public's file holds exactly the figures of the "
                    + "JSON reads: hidden cells have an empty count (and fewer_than 5 if small), a withheld metric's "
                    + "total an empty count and no other rows.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown interval or time zone; bad or too long range")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public Response export(@PathParam("campaignId") UUID campaignId,
            @QueryParam("interval") @Parameter(description = "Default DAY", schema = @Schema(
                    type = SchemaType.STRING, enumeration = { "DAY", "WEEK" })) String interval,
            @QueryParam("zone") @Parameter(description = "IANA time zone (default UTC)") String zone,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        Interval i = interval(interval);
        ZoneId z = zone(zone);
        LocalDate f = date(from, "from");
        LocalDate t = date(to, "to");
        queries.campaign(campaignId);
        // One view of the figures for the whole file, protected for the public exactly as the JSON reads are.
        TallyQueries.Figures figures = queries.figures(campaignId);
        Map<Metric, Long> totals = figures.totals();
        Csv csv = new Csv().row("section", "metric", "dimension", "key", "count", "fewer_than");
        for (Map.Entry<Metric, Long> total : totals.entrySet()) {
            csv.row("total", total.getKey(), "", "", total.getValue(), "");
        }
        String seriesSection = i == Interval.WEEK ? "week" : "day";
        for (Map.Entry<Metric, Long> total : totals.entrySet()) {
            Metric m = total.getKey();
            if (total.getValue() == null || total.getValue() == 0) {
                continue;
            }
            List<Object[]> rows = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                for (TallyQueries.Cell c : figures.breakdown(m, d).cells()) {
                    rows.add(new Object[] { "breakdown", m, d, c.value(), c.count(), c.fewerThan() });
                }
            }
            for (TallyQueries.Point p : queries.series(campaignId, figures, m, i, z, f, t).points()) {
                rows.add(new Object[] { seriesSection, m, z.getId(), p.start(), p.count(), "" });
            }
            csv.rows(rows);
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"campaign-" + campaignId + "-tallies.csv\"")
                .build();
    }

    @GET
    @Path("/contributions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "listCampaignContributions",
            summary = "Audit a metric: what each ledger entry and event contributed",
            description = "Headquarters only. Newest first; the metric's total is the sum of these quantities.")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    @APIResponse(responseCode = "400", description = "Unknown metric or bad paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public PageResponse<ContributionResponse> contributions(@PathParam("campaignId") UUID campaignId,
            @QueryParam("metric") @Parameter(description = "Default ACTIONS; one of " + METRICS) String metric,
            @BeanParam @Valid PageParams paging) {
        if (!caller.isHeadquarters()) {
            throw Refusals.forbidden("Only headquarters audits contributions.");
        }
        Metric m = metric(metric);
        queries.campaign(campaignId);
        return PageResponse.ofSlice(contributions.page(campaignId, m, paging.offset(), paging.size + 1), paging,
                null, ContributionResponse::of);
    }

    static Metric metric(String metric) {
        Metric m = QueryParams.enumValue(Metric.class, metric, "metric");
        return m == null ? Metric.ACTIONS : m;
    }

    static Interval interval(String interval) {
        Interval i = QueryParams.enumValue(Interval.class, interval, "interval");
        return i == null ? Interval.DAY : i;
    }

    static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw QueryParams.invalid("zone", "must be an IANA time zone such as America/Chicago");
        }
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw QueryParams.invalid(name, "must be a date such as 2026-11-23");
        }
    }
}
