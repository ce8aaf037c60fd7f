package org.lettersofhope.volunteer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class VolunteerTaskRepository implements PanacheRepositoryBase<VolunteerTask, UUID> {

    /** The most open tasks one volunteer's list ranks: a chapter's and headquarters' open tasks are far fewer. */
    public static final int OPEN_FOR_ONE_LIMIT = 500;

    /** Finds and locks the task: sign-ups take it first, so that no more people sign up than it needs. */
    public Optional<VolunteerTask> findByIdForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Tasks for staff, newest first: of one chapter, of headquarters ({@code headquartersOnly}), or of every
     * chapter (both null and false).
     */
    public PanacheQuery<VolunteerTask> search(UUID chapter, boolean headquartersOnly, TaskStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (chapter != null) {
            where.append(" and chapterId = :chapter");
            params.and("chapter", chapter);
        } else if (headquartersOnly) {
            where.append(" and chapterId is null");
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return find(where.toString(), Sort.descending("createdAt").and("id", Sort.Direction.Descending), params);
    }

    /**
     * Open tasks a volunteer of {@code chapter} in {@code region} may take: their chapter's and headquarters', meant
     * for their region or for anywhere, not yet past due. Soonest due first, at most {@link #OPEN_FOR_ONE_LIMIT}.
     */
    public List<VolunteerTask> openFor(UUID chapter, String region, LocalDate today) {
        return find("status = :open and (chapterId is null or chapterId = :chapter) "
                + "and (region is null or region = :region) and (dueOn is null or dueOn >= :today)",
                Sort.ascending("dueOn").and("createdAt").and("id"),
                Parameters.with("open", TaskStatus.OPEN).and("chapter", chapter).and("region", region)
                        .and("today", today))
                .range(0, OPEN_FOR_ONE_LIMIT - 1).list();
    }
}
