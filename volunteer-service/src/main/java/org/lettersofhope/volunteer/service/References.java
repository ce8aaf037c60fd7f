package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignPublished;
import org.lettersofhope.shared.event.letter.GuidelinesPublished;
import org.lettersofhope.volunteer.domain.Campaign;
import org.lettersofhope.volunteer.domain.CampaignRepository;
import org.lettersofhope.volunteer.domain.GuidelinesVersion;
import org.lettersofhope.volunteer.domain.GuidelinesVersionRepository;

/**
 * The things of letter-service that volunteer-service records refer to, known only from letter-service's events
 * (services never read each other's database): published guidelines versions and campaigns. The projection methods
 * run in the idempotent consumer's transaction; the checks refuse a reference to anything not announced (422).
 */
@ApplicationScoped
public class References {

    private static final Logger LOG = Logger.getLogger(References.class);

    /** The labels letter-service publishes (its GuidelinesRequest.VERSION); anything else is not kept. */
    public static final String VERSION = "^[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}$";

    @Inject
    GuidelinesVersionRepository guidelines;

    @Inject
    CampaignRepository campaigns;

    @Transactional(Transactional.TxType.MANDATORY)
    public void guidelinesPublished(GuidelinesPublished e) {
        if (e.version() == null || !e.version().matches(VERSION)) {
            LOG.warnf("guidelines version %s announced without a usable label; ignored", e.versionId());
            return;
        }
        if (guidelines.find(e.version()).isEmpty()) {
            GuidelinesVersion g = new GuidelinesVersion();
            g.version = e.version();
            g.versionId = e.versionId();
            g.publishedAt = e.publishedAt() == null ? Instant.now() : e.publishedAt();
            guidelines.persist(g);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void campaignPublished(CampaignPublished e) {
        Instant at = e.publishedAt() == null ? Instant.now() : e.publishedAt();
        save(e.campaignId(), c -> {
            c.status = Campaign.Status.ACTIVE;
            c.publishedAt = at;
            c.closedAt = null;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void campaignClosed(CampaignClosed e) {
        // One campaign's events share a partition, so a close follows its publication; a close alone still says
        // that the campaign exists and is closed.
        Instant at = e.closedAt() == null ? Instant.now() : e.closedAt();
        save(e.campaignId(), c -> {
            c.status = Campaign.Status.CLOSED;
            c.closedAt = at;
        });
    }

    /** 422 on {@code version} unless letter-service has published a version with exactly this label. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requirePublishedGuidelines(String version) {
        if (guidelines.find(version).isEmpty()) {
            throw Refusals.unusable("version", "is no published version of the Letter Writing Guidelines");
        }
    }

    /**
     * 422 on {@code campaignId} unless letter-service has published the campaign and not closed it: an event is
     * planned for a campaign that still counts what is written for it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireOpenCampaign(UUID campaignId) {
        Campaign c = campaigns.find(campaignId).orElseThrow(
                () -> Refusals.unusable("campaignId", "is no published campaign"));
        if (c.status == Campaign.Status.CLOSED) {
            throw Refusals.unusable("campaignId", "is a closed campaign");
        }
    }

    /** Changes the campaign's row, or makes it (the insert carries the changed fields). */
    private void save(UUID id, java.util.function.Consumer<Campaign> change) {
        Optional<Campaign> found = campaigns.find(id);
        Campaign c = found.orElseGet(Campaign::new);
        c.id = id;
        change.accept(c);
        if (found.isEmpty()) {
            campaigns.persist(c);
        }
    }
}
