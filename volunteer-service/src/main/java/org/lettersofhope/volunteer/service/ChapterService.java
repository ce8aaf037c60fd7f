package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.chapter.ChapterActivated;
import org.lettersofhope.shared.event.chapter.ChapterDormant;
import org.lettersofhope.shared.event.chapter.ChapterProposed;
import org.lettersofhope.shared.event.chapter.ChapterStatus;
import org.lettersofhope.volunteer.domain.Chapter;
import org.lettersofhope.volunteer.domain.ChapterCoordinator;
import org.lettersofhope.volunteer.domain.ChapterCoordinatorRepository;
import org.lettersofhope.volunteer.domain.ChapterRepository;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;

@ApplicationScoped
public class ChapterService {

    static final Map<ChapterStatus, Set<ChapterStatus>> NEXT = Map.of(
            ChapterStatus.PROPOSED, EnumSet.of(ChapterStatus.ACTIVE),
            ChapterStatus.ACTIVE, EnumSet.of(ChapterStatus.DORMANT),
            ChapterStatus.DORMANT, EnumSet.of(ChapterStatus.ACTIVE));

    @Inject
    ChapterRepository chapters;

    @Inject
    ChapterCoordinatorRepository coordinators;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    Outbox outbox;

    public record Proposal(String name, String region, String facilityName, UUID facilityId, String contactName,
            String contactEmail) {
    }

    @Transactional
    public Chapter propose(Proposal p, String proposedBy) {
        Instant now = Instant.now();
        Chapter c = new Chapter();
        c.id = UUID.randomUUID();
        c.name = p.name().strip();
        c.region = Regions.normalize(p.region().strip());
        c.facilityName = p.facilityName().strip();
        c.facilityId = p.facilityId();
        c.contactName = p.contactName() == null ? null : p.contactName().strip();
        c.contactEmail = Emails.normalize(p.contactEmail());
        c.status = ChapterStatus.PROPOSED;
        c.proposedBy = proposedBy;
        c.createdAt = now;
        c.updatedAt = now;
        chapters.persist(c);
        outbox.record(EventTypes.CHAPTER_PROPOSED, new ChapterProposed(c.id, c.region, now));
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Chapter> find(UUID id) {
        return chapters.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Chapter> listActive(String region, int page, int size) {
        return chapters.listByStatus(ChapterStatus.ACTIVE, region, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countActive(String region) {
        return chapters.countByStatus(ChapterStatus.ACTIVE, region);
    }

    @Transactional
    public Chapter changeStatus(UUID id, ChapterStatus to) {
        Chapter c = chapters.findByIdOptional(id).orElseThrow(() -> new IllegalStateException("checked by caller"));
        if (c.status == to) {
            return c;
        }
        if (!NEXT.get(c.status).contains(to)) {
            throw ProblemException.illegalTransition(c.status, to, NEXT.get(c.status));
        }
        Instant now = Instant.now();
        c.status = to;
        c.updatedAt = now;
        if (to == ChapterStatus.ACTIVE) {
            outbox.record(EventTypes.CHAPTER_ACTIVATED, new ChapterActivated(c.id, c.region, now));
        } else {
            outbox.record(EventTypes.CHAPTER_DORMANT, new ChapterDormant(c.id, c.region, now));
        }
        chapters.flush();
        return c;
    }

    /** Makes a volunteer of the chapter one of its coordinators. */
    @Transactional
    public void addCoordinator(UUID chapterId, UUID volunteerId) {
        Volunteer v = volunteers.findLive(volunteerId)
                .orElseThrow(() -> ProblemException.unprocessable("There is no such volunteer."));
        if (!chapterId.equals(v.chapterId)) {
            throw ProblemException.conflict("A chapter's coordinators belong to that chapter: move the volunteer "
                    + "into it first.");
        }
        ChapterCoordinator.Key key = new ChapterCoordinator.Key();
        key.chapterId = chapterId;
        key.volunteerId = volunteerId;
        if (coordinators.findById(key) == null) {
            ChapterCoordinator cc = new ChapterCoordinator();
            cc.chapterId = chapterId;
            cc.volunteerId = volunteerId;
            cc.since = Instant.now();
            coordinators.persist(cc);
        }
    }

    @Transactional
    public boolean removeCoordinator(UUID chapterId, UUID volunteerId) {
        return coordinators.delete("chapterId = ?1 and volunteerId = ?2", chapterId, volunteerId) > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> coordinators(UUID chapterId) {
        return chapters.coordinators(chapterId);
    }

    /** Volunteers and partner keys may only be tied to a chapter that is active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireActive(UUID chapterId) {
        Chapter c = chapters.findById(chapterId);
        if (c == null) {
            throw ProblemException.unprocessable("There is no such chapter.");
        }
        if (c.status != ChapterStatus.ACTIVE) {
            throw ProblemException.conflict("The chapter is " + c.status + ", not ACTIVE.");
        }
    }

    public static Set<ChapterStatus> allowedNext(ChapterStatus from) {
        return NEXT.get(from);
    }
}
