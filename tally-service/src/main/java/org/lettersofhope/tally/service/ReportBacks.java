package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.domain.CampaignRepository;
import org.lettersofhope.tally.domain.LedgerEntry;
import org.lettersofhope.tally.domain.LedgerEntryRepository;
import org.lettersofhope.tally.domain.NewLedgerEntry;
import org.lettersofhope.tally.service.Directory.CampaignView;

import io.agroal.api.AgroalDataSource;

/**
 * The ledger's rules: who may report what for which campaign, and how a count is corrected (an adjusting entry with
 * a reason, never an edit).
 */
@ApplicationScoped
public class ReportBacks {

    /** A phone's clock may run a little ahead. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    /** Report-backs older than this are refused: they are more likely mistakes than late news. */
    static final Duration MAX_AGE = Duration.ofDays(366);

    /** What a report-back says happened; where and for whom are optional. */
    public record Report(ActionType actionType, int quantity, Instant occurredAt, UUID chapterId, String region,
            UUID targetId, String hashtag, UUID reporterId) {
    }

    /** A coordinator's correction: of one entry (then where and what come from it), or standing alone. */
    public record Adjustment(UUID correctsEntryId, int quantity, String reason, ActionType actionType,
            Instant occurredAt, UUID chapterId, String region, UUID targetId) {
    }

    @Inject
    Directory directory;

    @Inject
    ContributionLog log;

    @Inject
    LedgerEntryRepository ledger;

    @Inject
    CampaignRepository campaigns;

    @Inject
    Caller caller;

    @Inject
    AgroalDataSource dataSource;

    /**
     * A person's report-back ("I did it"), public. The reporter is the caller's own verified identity (a person's
     * token subject) or nobody; a body naming anyone else is refused.
     */
    @Transactional
    public NewLedgerEntry report(UUID campaignId, Report r) {
        CampaignView campaign = openCampaign(campaignId);
        NewLedgerEntry entry = entry(campaign, LedgerEntry.Kind.REPORT_BACK, r, "", reporter(r.reporterId()));
        log.append(List.of(entry));
        return entry;
    }

    /** A partner's (or coordinator's) batch, for the caller's own chapter unless headquarters sends it. */
    @Transactional
    public List<NewLedgerEntry> bulk(UUID campaignId, List<Report> reports) {
        CampaignView campaign = openCampaign(campaignId);
        Optional<UUID> own = caller.isHeadquarters() ? Optional.empty() : caller.chapterId();
        if (!caller.isHeadquarters() && own.isEmpty()) {
            throw Refusals.forbidden("Only a chapter's key or coordinator, or headquarters, may report in bulk.");
        }
        List<NewLedgerEntry> entries = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (own.isPresent() && r.chapterId() != null && !own.get().equals(r.chapterId())) {
                throw Refusals.forbidden("entries[" + i + "] names another chapter: you report for your own only.");
            }
            Report scoped = own.isPresent() && r.chapterId() == null
                    ? new Report(r.actionType(), r.quantity(), r.occurredAt(), own.get(), r.region(), r.targetId(),
                            r.hashtag(), null)
                    : r;
            entries.add(entry(campaign, LedgerEntry.Kind.BULK, scoped, "entries[" + i + "].", null));
        }
        log.append(entries);
        return entries;
    }

    /**
     * An adjusting entry; a chapter's coordinator adjusts their chapter's entries only. Counts never go below zero:
     * taking away is correcting an entry (which cannot be taken below zero, and whose every cell — chapter, region,
     * target, action, source, hour — the correction shares), and an adjustment that stands alone only adds.
     */
    @Transactional
    public NewLedgerEntry adjust(UUID campaignId, Adjustment a) {
        CampaignView campaign = directory.campaign(campaignId).orElseThrow(() -> Refusals.unknownCampaign(campaignId));
        // Held until commit, so that a close cannot withdraw the corrected entry without this correction.
        campaigns.lockForLedger(campaignId).orElseThrow(() -> Refusals.unknownCampaign(campaignId));
        NewLedgerEntry entry;
        if (a.correctsEntryId() != null) {
            Corrected corrected = lockForCorrection(campaignId, a.correctsEntryId())
                    .filter(c -> caller.actsFor(c.chapterId) || caller.isHeadquarters())
                    .orElseThrow(() -> Refusals.unprocessable("correctsEntryId",
                            "is not an entry of this campaign that you may correct"));
            if (corrected.isCorrection) {
                throw Refusals.unprocessable("correctsEntryId", "is itself a correction: correct the original entry");
            }
            if (!corrected.counted) {
                throw Refusals.unprocessable("correctsEntryId", "is not counted: it was recorded after the campaign "
                        + "closed");
            }
            if (corrected.effective + a.quantity() < 0) {
                throw Refusals.unprocessable("quantity", "would take the entry below zero: it counts "
                        + corrected.effective + " after earlier corrections");
            }
            entry = new NewLedgerEntry(UUID.randomUUID(), campaignId, LedgerEntry.Kind.ADJUSTMENT,
                    corrected.actionType, a.quantity(), null, corrected.occurredAt, corrected.chapterId,
                    corrected.region, corrected.targetId, null, a.correctsEntryId(), a.reason(), recorder());
        } else {
            if (a.quantity() < 0) {
                throw Refusals.unprocessable("quantity", "must be positive for an adjustment that stands alone: to "
                        + "take away, correct the entry concerned (correctsEntryId)");
            }
            UUID chapter = a.chapterId();
            if (!caller.isHeadquarters()) {
                UUID own = caller.chapterId().orElseThrow(() -> Refusals.forbidden("You may not adjust counts."));
                if (chapter != null && !chapter.equals(own)) {
                    throw Refusals.forbidden("You adjust your own chapter's counts only.");
                }
                chapter = own;
            }
            Report r = new Report(a.actionType(), a.quantity(), a.occurredAt(), chapter, a.region(), a.targetId(),
                    null, null);
            NewLedgerEntry checked = entry(campaign, LedgerEntry.Kind.ADJUSTMENT, r, "", null);
            entry = new NewLedgerEntry(checked.id(), campaignId, LedgerEntry.Kind.ADJUSTMENT, checked.actionType(),
                    checked.quantity(), null, checked.occurredAt(), checked.chapterId(), checked.region(),
                    checked.targetId(), null, null, a.reason(), recorder());
        }
        log.append(List.of(entry));
        return entry;
    }

    /** A volunteer was erased: their report-backs stay counted, but no longer say who sent them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetReporter(UUID volunteerId) {
        ledger.forgetReporter(volunteerId);
    }

    /**
     * The campaign, locked until commit so that a close waits for this write (and a close that came first is seen):
     * a report-back is accepted only while the campaign is open here.
     */
    private CampaignView openCampaign(UUID campaignId) {
        CampaignView campaign = directory.campaign(campaignId).orElseThrow(() -> Refusals.unknownCampaign(campaignId));
        if (!campaigns.lockForLedger(campaignId).map(CampaignRepository.LedgerLock::isOpen)
                .orElseThrow(() -> Refusals.unknownCampaign(campaignId))) {
            throw Refusals.closedCampaign();
        }
        return campaign;
    }

    /** Who reported: the calling person, never someone a body names. */
    private UUID reporter(UUID named) {
        Optional<UUID> self = caller.subject();
        if (named != null && !self.equals(Optional.of(named))) {
            throw ProblemException.invalidField("reporterId", "must be left out: the reporter is who you are signed "
                    + "in as (anonymous report-backs name nobody)");
        }
        return self.orElse(null);
    }

    /** Checks what the request's bounds cannot: dates, the chapter and the target. */
    private NewLedgerEntry entry(CampaignView campaign, LedgerEntry.Kind kind, Report r, String path,
            UUID reporterId) {
        Instant now = Instant.now();
        Instant occurredAt = r.occurredAt() == null ? now : r.occurredAt();
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw ProblemException.invalidField(path + "occurredAt", "must not be in the future");
        }
        if (occurredAt.isBefore(now.minus(MAX_AGE))) {
            throw ProblemException.invalidField(path + "occurredAt", "must be within the last year");
        }
        if (r.chapterId() != null && !directory.isActiveChapter(r.chapterId())) {
            throw Refusals.unprocessable(path + "chapterId", "is not an active chapter");
        }
        if (r.targetId() != null && !campaign.targetIds().contains(r.targetId())) {
            throw Refusals.unprocessable(path + "targetId", "is not a target of this campaign");
        }
        if ((r.actionType() == ActionType.SOCIAL_POST) != (r.hashtag() != null)) {
            throw ProblemException.invalidField(path + "hashtag", r.actionType() == ActionType.SOCIAL_POST
                    ? "is required for a social post" : "is only for social posts");
        }
        String region = r.region() == null ? null : org.lettersofhope.tally.domain.Contribution.region(r.region());
        return new NewLedgerEntry(UUID.randomUUID(), campaign.id(), kind, r.actionType(), r.quantity(),
                r.hashtag(), occurredAt, r.chapterId(), region, r.targetId(), reporterId, null, null,
                kind == LedgerEntry.Kind.REPORT_BACK ? null : recorder());
    }

    /** Who recorded an entry, by id: a person's volunteer id or an API key's id, never a name. */
    private String recorder() {
        return caller.subject().map(UUID::toString).orElse(caller.isApiKey() ? caller.name() : null);
    }

    private static final class Corrected {
        boolean isCorrection;
        boolean counted;
        long effective;
        ActionType actionType;
        Instant occurredAt;
        UUID chapterId;
        String region;
        UUID targetId;
    }

    /**
     * The entry to correct, locked so that concurrent adjustments of it are made one after the other, with what it
     * counts after the adjustments made so far.
     */
    private Optional<Corrected> lockForCorrection(UUID campaignId, UUID entryId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select e.corrects_entry_id is not null, e.kind = 'ADJUSTMENT' or k.closed_at is null "
                        + "or e.recorded_at <= k.closed_at, e.quantity + coalesce((select sum(a.quantity) "
                        + "from ledger_entry a where a.corrects_entry_id = e.id), 0), e.action_type, e.occurred_at, "
                        + "e.chapter_id, e.region, e.target_id from ledger_entry e join campaign k on k.id = "
                        + "e.campaign_id where e.id = ? and e.campaign_id = ? for update of e")) {
            ps.setObject(1, entryId);
            ps.setObject(2, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Corrected found = new Corrected();
                found.isCorrection = rs.getBoolean(1);
                found.counted = rs.getBoolean(2);
                found.effective = rs.getLong(3);
                found.actionType = ActionType.valueOf(rs.getString(4));
                found.occurredAt = rs.getTimestamp(5).toInstant();
                found.chapterId = rs.getObject(6, UUID.class);
                found.region = rs.getString(7);
                found.targetId = rs.getObject(8, UUID.class);
                return Optional.of(found);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the ledger could not be read", e);
        }
    }
}
