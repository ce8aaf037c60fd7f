package org.lettersofhope.tally.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.persistence.AfterCommit;
import org.lettersofhope.shared.event.chapter.ChapterStatus;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.shared.event.letter.CampaignPublished;
import org.lettersofhope.tally.domain.Campaign;
import org.lettersofhope.tally.domain.CampaignRepository;
import org.lettersofhope.tally.domain.Chapter;
import org.lettersofhope.tally.domain.ChapterRepository;
import org.lettersofhope.tally.domain.Contribution;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The campaigns and chapters tally-service knows, from letter-service's and volunteer-service's events. Lookups are
 * cached for a moment: every report-back and read needs its campaign, and a campaign changes rarely. An instance
 * that applies a change forgets its cached copy at once; others within {@link #TTL}.
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class);
    static final Duration TTL = Duration.ofSeconds(2);

    /** A campaign as reads and report-backs see it. */
    public record CampaignView(UUID id, String slug, CampaignKind kind, int goal, LocalDate startsOn,
            LocalDate endsOn, List<UUID> targetIds, boolean open, Instant closedAt) {

        static CampaignView of(Campaign c) {
            return new CampaignView(c.id, c.slug, c.kind, c.goal, c.startsOn, c.endsOn,
                    c.targetIds == null ? List.of() : List.of(c.targetIds), c.isOpen(), c.closedAt);
        }
    }

    private record Cached<T>(Optional<T> value, long loadedAt) {
        boolean fresh() {
            return System.nanoTime() - loadedAt < TTL.toNanos();
        }
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    ChapterRepository chapters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ContributionLog contributions;

    private final Map<UUID, Cached<CampaignView>> campaignCache = new ConcurrentHashMap<>();
    private final Map<UUID, Cached<Boolean>> chapterCache = new ConcurrentHashMap<>();

    public Optional<CampaignView> campaign(UUID id) {
        Cached<CampaignView> cached = campaignCache.get(id);
        if (cached == null || !cached.fresh()) {
            Optional<CampaignView> loaded = QuarkusTransaction.joiningExisting()
                    .call(() -> campaigns.find(id).map(CampaignView::of));
            cached = new Cached<>(loaded, System.nanoTime());
            bounded(campaignCache).put(id, cached);
        }
        return cached.value();
    }

    /** Whether a report-back may name this chapter: volunteer-service has announced it active. */
    public boolean isActiveChapter(UUID id) {
        Cached<Boolean> cached = chapterCache.get(id);
        if (cached == null || !cached.fresh()) {
            boolean active = QuarkusTransaction.joiningExisting()
                    .call(() -> chapters.find(id).map(c -> c.status == ChapterStatus.ACTIVE).orElse(false));
            cached = new Cached<>(Optional.of(active), System.nanoTime());
            bounded(chapterCache).put(id, cached);
        }
        return cached.value().orElse(false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void campaignPublished(CampaignPublished e) {
        Campaign c = campaigns.find(e.campaignId()).orElseGet(Campaign::new);
        boolean created = c.id == null;
        if (!created && !c.isOpen()) {
            // A close is final: reopening would count again what arrived after it.
            LOG.warnf("campaign %s published again after it closed; kept closed", e.campaignId());
            return;
        }
        c.id = e.campaignId();
        c.slug = e.slug() == null || e.slug().length() > 100 ? null : e.slug();
        c.kind = e.kind() == null ? CampaignKind.ADVOCACY : e.kind();
        c.goal = Math.max(0, e.goal());
        c.startsOn = e.startsOn();
        c.endsOn = e.endsOn();
        c.targetIds = e.targetIds() == null ? new UUID[0] : e.targetIds().toArray(UUID[]::new);
        c.status = Campaign.Status.OPEN;
        c.publishedAt = e.publishedAt() == null ? Instant.now() : e.publishedAt();
        c.closedAt = null;
        if (created) {
            campaigns.persist(c);
        }
        forgetAfterCommit(campaignCache, c.id);
    }

    /**
     * Closes the campaign as of the close's own time. The update waits for report-backs in flight (they hold the
     * campaign's row), so once it is done no report-back is accepted any more; those recorded between the close in
     * letter-service and its arrival here are withdrawn in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void campaignClosed(CampaignClosed e) {
        Optional<Campaign> found = campaigns.lockForClose(e.campaignId());
        if (found.isEmpty()) {
            LOG.warnf("campaign %s closed before it was published here; ignored", e.campaignId());
            return;
        }
        Campaign c = found.get();
        if (c.isOpen()) {
            c.status = Campaign.Status.CLOSED;
            c.closedAt = e.closedAt() == null ? Instant.now() : e.closedAt();
            int withdrawn = contributions.withdrawAfterClose(c.id, c.closedAt);
            if (withdrawn > 0) {
                LOG.infof("campaign %s closed: %d entries recorded after its close are not counted", c.id, withdrawn);
            }
        }
        forgetAfterCommit(campaignCache, e.campaignId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void chapterChanged(UUID chapterId, ChapterStatus status, String region) {
        Chapter c = chapters.find(chapterId).orElseGet(Chapter::new);
        boolean created = c.id == null;
        c.id = chapterId;
        c.status = status;
        c.region = Contribution.region(region);
        if (created) {
            chapters.persist(c);
        }
        forgetAfterCommit(chapterCache, chapterId);
    }

    private <T> void forgetAfterCommit(Map<UUID, T> cache, UUID id) {
        AfterCommit.run(transactions, () -> cache.remove(id));
    }

    /** Unknown ids are cached too (so guessing costs no query); the cache is emptied rather than grown without end. */
    private static <T> Map<UUID, T> bounded(Map<UUID, T> cache) {
        if (cache.size() > 50_000) {
            cache.clear();
        }
        return cache;
    }
}
