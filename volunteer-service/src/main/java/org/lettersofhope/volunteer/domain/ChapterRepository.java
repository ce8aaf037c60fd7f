package org.lettersofhope.volunteer.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lettersofhope.shared.event.chapter.ChapterStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChapterRepository implements PanacheRepositoryBase<Chapter, UUID> {

    public List<Chapter> listByStatus(ChapterStatus status, String region, int page, int size) {
        return region == null
                ? find("status", Sort.by("name").and("id"), status).page(Page.of(page, size)).list()
                : find("status = ?1 and region = ?2", Sort.by("name").and("id"), status, region)
                        .page(Page.of(page, size)).list();
    }

    public long countByStatus(ChapterStatus status, String region) {
        return region == null ? count("status", status) : count("status = ?1 and region = ?2", status, region);
    }

    public List<UUID> coordinators(UUID chapterId) {
        return getEntityManager()
                .createQuery("select c.volunteerId from ChapterCoordinator c where c.chapterId = ?1 order by c.since",
                        UUID.class)
                .setParameter(1, chapterId).getResultList();
    }
}
