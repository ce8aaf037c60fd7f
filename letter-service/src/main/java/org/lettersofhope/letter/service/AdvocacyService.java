package org.lettersofhope.letter.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.AdvocacyLog;
import org.lettersofhope.letter.domain.AdvocacyLogRepository;
import org.lettersofhope.letter.domain.Campaign;
import org.lettersofhope.letter.domain.CampaignRepository;
import org.lettersofhope.letter.domain.CampaignStatus;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.letter.AdvocacyPiecesLogged;
import org.lettersofhope.shared.event.letter.CampaignKind;


/**
 * Self-mailed advocacy pieces: a volunteer reports their own, a chapter (coordinator or partner key) reports for its
 * volunteers or as a whole, headquarters for anyone. Only while an advocacy campaign is ACTIVE, and only to its
 * targets.
 */
@ApplicationScoped
public class AdvocacyService {

    /** Pieces may have been mailed this many days before the campaign's first day (announced early, say). */
    public static final int DAYS_BEFORE_START = 7;
    /** A day of slack for time zones ahead of UTC, where "today" is already tomorrow. */
    public static final int DAYS_AHEAD_OF_UTC = 1;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AdvocacyLogRepository logs;

    @Inject
    WriterRepository writers;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    /** Logs the pieces; empty when there is no such campaign that the caller may see. */
    @Transactional
    public Optional<AdvocacyLog> log(UUID campaignId, AdvocacyForm form) {
        Optional<Campaign> found = campaigns.findShared(campaignId).filter(c -> c.isPublic() || access.isStaff());
        return found.map(c -> {
            requireOpen(c, form);
            Reporter reporter = reporter(form);
            AdvocacyLog log = new AdvocacyLog();
            log.id = UUID.randomUUID();
            log.campaignId = c.id;
            log.targetId = form.targetId();
            log.pieceKind = form.pieceKind();
            log.count = form.count();
            log.sentOn = form.sentOn();
            log.volunteerId = reporter.volunteerId();
            log.chapterId = reporter.chapterId();
            log.region = form.region() != null ? Regions.normalize(form.region().strip()) : reporter.region();
            log.loggedBy = access.person().orElse(null);
            log.loggedAt = Instant.now();
            logs.persist(log);
            outbox.record(EventTypes.ADVOCACY_PIECES_LOGGED, new AdvocacyPiecesLogged(log.id, log.campaignId,
                    log.targetId, log.pieceKind, log.count, log.volunteerId, log.chapterId, log.region, log.sentOn,
                    log.loggedAt));
            return log;
        });
    }

    /** The calling volunteer's own logs, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<AdvocacyLog> mine(UUID campaignId, PageParams paging) {
        return Slice.of(logs.byVolunteer(access.requirePerson(), campaignId), paging);
    }

    /**
     * A campaign's logs as staff see them: all for headquarters, their chapter's for a chapter's coordinator or key.
     * Empty when there is no such campaign.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Slice<AdvocacyLog>> ofCampaign(UUID campaignId, PageParams paging) {
        if (campaigns.find(campaignId).filter(c -> c.isPublic() || access.isStaff()).isEmpty()) {
            return Optional.empty();
        }
        UUID chapter = access.listScope();
        return Optional.of(Slice.of(logs.byCampaign(campaignId, chapter), paging));
    }

    private static void requireOpen(Campaign c, AdvocacyForm form) {
        if (c.kind != CampaignKind.ADVOCACY) {
            throw Refusals.unmet("campaignId", "is a solidarity campaign; self-mailed pieces are logged only for "
                    + "advocacy campaigns");
        }
        if (c.status != CampaignStatus.ACTIVE) {
            throw ProblemException.stateConflict("Pieces can be logged only while the campaign is ACTIVE.", c.status,
                    c.status.allowedNext());
        }
        if (!c.targets(form.targetId())) {
            throw Refusals.unmet("targetId", "is not a target of this campaign");
        }
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(DAYS_AHEAD_OF_UTC);
        if (form.sentOn().isAfter(latest)) {
            throw Refusals.unmet("sentOn", "must not be in the future");
        }
        LocalDate earliest = c.startsOn.minusDays(DAYS_BEFORE_START);
        if (form.sentOn().isBefore(earliest)) {
            throw Refusals.unmet("sentOn", "must not be more than " + DAYS_BEFORE_START
                    + " days before the campaign starts (" + c.startsOn + ")");
        }
    }

    private record Reporter(UUID volunteerId, UUID chapterId, String region) {
    }

    /** Whose pieces these are, and the chapter and region they count for. */
    private Reporter reporter(AdvocacyForm form) {
        boolean staff = access.isStaff() || access.boundChapter().isPresent();
        if (!staff) {
            UUID self = access.requirePerson();
            if (form.volunteerId() != null && !form.volunteerId().equals(self)) {
                throw ProblemException.invalidField("volunteerId", "must be left out or be your own id: volunteers "
                        + "log their own pieces");
            }
            Optional<Writer> w = writers.find(self);
            return new Reporter(self, w.map(x -> x.chapterId).orElse(null), w.map(x -> x.region).orElse(null));
        }
        Optional<UUID> chapter = access.boundChapter();
        if (form.volunteerId() == null) {
            return new Reporter(null, chapter.orElse(null), null);
        }
        Optional<Writer> w = writers.find(form.volunteerId());
        if (chapter.isPresent() && !w.map(x -> chapter.get().equals(x.chapterId)).orElse(false)) {
            throw Refusals.unmet("volunteerId", "is not a volunteer of your chapter");
        }
        return new Reporter(form.volunteerId(), w.map(x -> x.chapterId).orElse(chapter.orElse(null)),
                w.map(x -> x.region).orElse(null));
    }
}
