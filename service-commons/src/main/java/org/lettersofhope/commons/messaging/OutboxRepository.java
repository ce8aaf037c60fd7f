package org.lettersofhope.commons.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** The oldest unpublished events, locked for this relay transaction. */
    @SuppressWarnings("unchecked")
    List<OutboxEvent> lockNextBatch(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where published_at is null order by seq "
                        + "limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    int markPublished(List<Long> seqs, Instant at) {
        return update("publishedAt = ?1 where seq in ?2", at, seqs);
    }

    long countUnpublished() {
        return count("publishedAt is null");
    }

    long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }

    /**
     * Only one relay per database publishes at a time, so that one aggregate's events leave in the order they were
     * written even when a service runs several instances. Released when the transaction ends.
     */
    boolean tryRelayLock() {
        Object got = getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(hashtext('outbox-relay'))")
                .getSingleResult();
        return Boolean.TRUE.equals(got);
    }
}
