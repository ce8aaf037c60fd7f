package org.lettersofhope.letter.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GuidelinesVersionRepository implements PanacheRepositoryBase<GuidelinesVersion, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("publishedAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    public Optional<GuidelinesVersion> current() {
        return findAll(NEWEST_FIRST).firstResultOptional();
    }

    public Optional<GuidelinesVersion> findByVersion(String version) {
        return find("version", version).firstResultOptional();
    }

    public PanacheQuery<GuidelinesVersion> newestFirst() {
        return findAll(NEWEST_FIRST);
    }

    /**
     * Publications take turns (a transaction-scoped advisory lock), so that "the current version" is the one
     * published last even when two admins publish at once.
     */
    public void lockPublishing() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('guidelines-publish'))")
                .getSingleResult();
    }
}
