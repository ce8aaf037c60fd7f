package org.lettersofhope.tally.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.persistence.GroupCommit;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.tally.domain.LedgerEntry;
import org.lettersofhope.tally.domain.LedgerEntryRepository;
import org.lettersofhope.tally.domain.NewLedgerEntry;
import org.lettersofhope.tally.service.ContributionLog;
import org.lettersofhope.tally.service.Directory;
import org.lettersofhope.tally.service.Refusals;
import org.lettersofhope.tally.service.ReportBacks;
import org.lettersofhope.tally.service.TallyQueries;
import org.lettersofhope.commons.security.OptionalAuthentication;

/** The ledger: report-backs from people and partners, coordinators' adjustments, and reading it back. */
@Path("/api/campaigns/{campaignId}")
@Tag(name = "Report-backs", description = "What people and partners did for a campaign, as they report it, and "
        + "coordinators' corrections")
@Produces(MediaType.APPLICATION_JSON)
public class ReportBackResource {

    @Inject
    ReportBacks reportBacks;

    @Inject
    TallyQueries queries;

    @Inject
    LedgerEntryRepository ledger;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @Inject
    GroupCommit groupCommit;

    /** What an Idempotency-Key fingerprints: the campaign and the body. */
    record Keyed(UUID campaignId, Object request) {
    }

    @POST
    @Path("/report-backs")
    @PermitAll
    @OptionalAuthentication
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportBack", summary = "Report back what you did",
            description = "Public: a volunteer who mailed five postcards taps \"I did it\". Counted towards the "
                    + "campaign's ACTIONS within a second. Limited per client address. A phone retrying with the "
                    + "same Idempotency-Key never counts twice. The reporter is the signed-in volunteer (from "
                    + "their token), or nobody: a body cannot name one. Accepted only while the campaign is open "
                    + "here: a report-back recorded after the campaign's close time, in the moments before the "
                    + "close reaches tally-service, is withdrawn from the counts when it does.")
    @APIResponse(responseCode = "201", description = "Counted; the ledger entry (or, with Idempotent-Replayed: "
            + "true, the entry the first request with this Idempotency-Key made)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerEntryResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid report-back (quantity out of bounds, a date in the "
            + "future or over a year ago, a hashtag on anything but a social post, a reporterId other than the "
            + "caller's own…); the offending fields are listed")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    @APIResponse(responseCode = "409", description = "The campaign is closed")
    @APIResponse(responseCode = "422", description = "chapterId is not an active chapter, or targetId not a target "
            + "of the campaign, or the Idempotency-Key was used with a different report-back")
    public Response report(@PathParam("campaignId") UUID campaignId, @NotNull @Valid ReportBackRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<LedgerEntryResponse> outcome = groupCommit.run(() -> idempotency.once(idempotencyKey,
                "report-back", new Keyed(campaignId, request), LedgerEntryResponse.class,
                () -> LedgerEntryResponse.receipt(reportBacks.report(campaignId, request.toReport()))));
        return Idempotency.created(outcome, URI.create("/api/campaigns/" + campaignId + "/ledger/"
                + outcome.result().id()));
    }

    @POST
    @Path("/report-backs/bulk")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportBackInBulk", summary = "Report back in bulk",
            description = "For a partner chapter's key (or a chapter's coordinator): up to "
                    + BulkReportRequest.MAX_ENTRIES + " entries for the caller's own chapter, which entries without "
                    + "a chapterId are credited to. Headquarters may credit any active chapter. All entries are "
                    + "counted, or none; a retry with the same Idempotency-Key counts nothing again.")
    @APIResponse(responseCode = "201", description = "Counted (or, with Idempotent-Replayed: true, what the first "
            + "request with this Idempotency-Key counted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid entries (more than " + BulkReportRequest.MAX_ENTRIES
            + ", quantities out of bounds, dates in the future…); the offending fields are listed")
    @APIResponse(responseCode = "403", description = "The caller cannot report in bulk, or an entry names another "
            + "chapter than the caller's")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    @APIResponse(responseCode = "409", description = "The campaign is closed")
    @APIResponse(responseCode = "422", description = "An entry names an inactive chapter or a target outside the "
            + "campaign, or the Idempotency-Key was used with a different batch")
    public Response bulk(@PathParam("campaignId") UUID campaignId, @NotNull @Valid BulkReportRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<BulkReportResponse> outcome = idempotency.once(idempotencyKey, "bulk-report-back",
                new Keyed(campaignId, request), BulkReportResponse.class,
                () -> BulkReportResponse.of(reportBacks.bulk(campaignId, request.entries().stream()
                        .map(BulkReportRequest.Entry::toReport).toList())));
        return Idempotency.created(outcome, URI.create("/api/campaigns/" + campaignId + "/ledger"));
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustReportBack", summary = "Correct a count",
            description = "Appends an adjusting entry with a reason; history is never edited. A chapter's "
                    + "coordinator corrects their chapter's entries; headquarters any. Allowed on closed campaigns. "
                    + "No count can be taken below zero: to take away, correct the entry concerned (not below what "
                    + "it still counts); an adjustment standing alone only adds. At most " + AdjustmentRequest.MAX
                    + " either way.")
    @APIResponse(responseCode = "201", description = "The adjusting entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerEntryResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid adjustment; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin, or another chapter's count")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    @APIResponse(responseCode = "422", description = "Would drive a count below zero (quantity: a correction below "
            + "what the entry counts, or a negative adjustment standing alone); or correctsEntryId is not a counted "
            + "entry of this campaign the caller may correct, or is itself a correction; or an unknown chapter or "
            + "target. The violations name the field")
    public Response adjust(@PathParam("campaignId") UUID campaignId, @NotNull @Valid AdjustmentRequest request) {
        NewLedgerEntry entry = reportBacks.adjust(campaignId, request.toAdjustment());
        LedgerEntry stored = ledger.findById(entry.id());
        return Response.created(URI.create("/api/campaigns/" + campaignId + "/ledger/" + entry.id()))
                .entity(LedgerEntryResponse.of(stored, caller.isHeadquarters(), true)).build();
    }

    @GET
    @Path("/ledger")
    @RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "listLedgerEntries", summary = "Read a campaign's ledger",
            description = "Newest first. Headquarters sees every entry (with reporter ids); a chapter's coordinator "
                    + "or partner key sees its chapter's entries only. counted is false for a report-back or bulk "
                    + "entry recorded after the campaign closed (and corrections of it): it reached tally-service "
                    + "before the close did and was withdrawn when the close arrived.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "403", description = "The caller's role cannot read ledgers")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId")
    public PageResponse<LedgerEntryResponse> read(@PathParam("campaignId") UUID campaignId,
            @QueryParam("kind") @Parameter(description = "Only entries of this kind",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "REPORT_BACK", "BULK",
                            "ADJUSTMENT" })) String kind,
            @BeanParam @Valid PageParams paging) {
        LedgerEntry.Kind k = QueryParams.enumValue(LedgerEntry.Kind.class, kind, "kind");
        Directory.CampaignView campaign = queries.campaign(campaignId);
        UUID chapter = ledgerChapter();
        boolean hq = caller.isHeadquarters();
        List<LedgerEntry> page = ledger.page(campaignId, chapter, k, paging.offset(), paging.size + 1);
        Map<UUID, LedgerEntry> corrected = ledger.byIds(page.stream().map(e -> e.correctsEntryId)
                .filter(Objects::nonNull).toList());
        return PageResponse.ofSlice(page, paging, null, e -> LedgerEntryResponse.of(e, hq,
                ContributionLog.isCounted(e, e.correctsEntryId == null ? null : corrected.get(e.correctsEntryId),
                        campaign.closedAt())));
    }

    @GET
    @Path("/ledger/{entryId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "getLedgerEntry", summary = "Read one ledger entry",
            description = "Where a report-back's or an adjustment's Location points. The same rules as the ledger: "
                    + "headquarters reads every entry (with its reporter id), a chapter's coordinator or partner key "
                    + "only its chapter's.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerEntryResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read ledgers")
    @APIResponse(responseCode = "404", description = "No published campaign has this campaignId, or it has no such "
            + "entry that the caller may see")
    public LedgerEntryResponse entry(@PathParam("campaignId") UUID campaignId, @PathParam("entryId") UUID entryId) {
        Directory.CampaignView campaign = queries.campaign(campaignId);
        boolean hq = caller.isHeadquarters();
        UUID chapter = ledgerChapter();
        LedgerEntry e = ledger.byIds(List.of(entryId)).values().stream()
                .filter(x -> x.campaignId.equals(campaignId) && (chapter == null || chapter.equals(x.chapterId)))
                .findFirst().orElseThrow(NotFoundException::new);
        LedgerEntry corrected = e.correctsEntryId == null ? null
                : ledger.byIds(List.of(e.correctsEntryId)).get(e.correctsEntryId);
        return LedgerEntryResponse.of(e, hq, ContributionLog.isCounted(e, corrected, campaign.closedAt()));
    }

    /** The chapter whose entries the caller reads; null for headquarters, who reads every chapter's. */
    private UUID ledgerChapter() {
        return caller.isHeadquarters() ? null
                : caller.chapterId().orElseThrow(() -> Refusals.forbidden("You may not read ledgers."));
    }
}
