package org.lettersofhope.volunteer.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The webhook_delivery and webhook_attempt tables, in plain SQL: deliveries are written by the consumer and claimed
 * by the dispatcher many at a time, which the entity machinery would only slow down. Every method runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class WebhookDeliveryStore {

    @Inject
    EntityManager em;

    /** A delivery claimed for sending. */
    public record Claimed(long id, UUID subscriptionId, UUID eventId, String eventType, byte[] payload, int attempts,
            Instant createdAt) {
    }

    /** One line of a subscription's delivery log. */
    public record LogEntry(long id, UUID eventId, String eventType, Instant eventTime, String status, int attempts,
            Integer lastStatus, String lastError, Integer lastLatencyMs, Instant nextAttemptAt, Instant createdAt,
            Instant completedAt) {
    }

    public record Attempt(long deliveryId, int attempt, Instant at, Integer status, String error, int latencyMs) {
    }

    public void insert(UUID subscription, UUID eventId, String eventType, String aggregateKey, Instant eventTime,
            String[] mentions, byte[] sealedPayload, Instant now) {
        em.createNativeQuery("insert into webhook_delivery (subscription_id, event_id, event_type, aggregate_key, "
                + "event_time, mentions, payload, status, next_attempt_at, created_at) "
                + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as text[]), ?7, 'PENDING', ?8, ?8)")
                .setParameter(1, subscription).setParameter(2, eventId).setParameter(3, eventType)
                .setParameter(4, aggregateKey).setParameter(5, Timestamp.from(eventTime))
                .setParameter(6, "{" + String.join(",", mentions) + "}").setParameter(7, sealedPayload)
                .setParameter(8, Timestamp.from(now)).executeUpdate();
    }

    /**
     * Due deliveries that may go now: of an active subscription, not held by a sender, and the oldest still pending
     * of their aggregate (a later one waits until the earlier succeeded or was given up). At most {@code perTarget}
     * of each subscription, counting those in flight, oldest first; each subscription's look stops after those, so a
     * long backlog behind a slow endpoint costs nothing. Not locked: {@link #lease} takes them.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> ready(int perTarget, int limit, Instant now) {
        return em.createNativeQuery("""
                select d.id, s.id from webhook_subscription s
                cross join lateral (
                    select count(*) as n from webhook_delivery b
                    where b.subscription_id = s.id and b.status = 'PENDING' and b.lease_until >= ?1) busy
                cross join lateral (
                    select d.id from webhook_delivery d
                    where d.subscription_id = s.id and d.status = 'PENDING' and d.next_attempt_at <= ?1
                      and (d.lease_until is null or d.lease_until < ?1)
                      and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id
                                      and e.aggregate_key = d.aggregate_key and e.status = 'PENDING' and e.id < d.id)
                    order by d.id limit greatest(?2 - busy.n, 0)) d
                where s.status = 'ACTIVE'
                order by d.id limit ?3""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, perTarget).setParameter(3, limit)
                .getResultList();
    }

    /** Takes the deliveries for a sender until {@code until}; one another sender took meanwhile is left out. */
    @SuppressWarnings("unchecked")
    public List<Claimed> lease(List<Long> ids, Instant now, Instant until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("update webhook_delivery set lease_until = ?1 "
                + "where id = any(cast(?2 as bigint[])) and status = 'PENDING' "
                + "and (lease_until is null or lease_until < ?3) "
                + "returning id, subscription_id, event_id, event_type, payload, attempts, created_at")
                .setParameter(1, Timestamp.from(until))
                .setParameter(2, "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}")
                .setParameter(3, Timestamp.from(now)).getResultList();
        return rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), (UUID) r[1], (UUID) r[2],
                (String) r[3], (byte[]) r[4], ((Number) r[5]).intValue(), instant(r[6]))).sorted(
                        (a, b) -> Long.compare(a.id(), b.id())).toList();
    }

    /** Gives a claimed delivery back without an attempt (its subscription is not active any more). */
    public void release(long id) {
        em.createNativeQuery("update webhook_delivery set lease_until = null where id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    /** Records an attempt and what follows: delivered, given up, or another attempt at {@code next}. */
    public void attempted(long id, int attempt, Instant at, Integer status, String error, int latencyMs,
            String outcome, Instant next, boolean forgetPayload) {
        em.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, status, error, "
                + "latency_ms) values (?1, ?2, ?3, cast(?4 as int), cast(?5 as varchar), ?6) on conflict do nothing")
                .setParameter(1, id).setParameter(2, attempt).setParameter(3, Timestamp.from(at))
                .setParameter(4, status).setParameter(5, error).setParameter(6, latencyMs).executeUpdate();
        em.createNativeQuery("update webhook_delivery set status = ?2, attempts = ?3, last_status = cast(?4 as int), "
                + "last_error = cast(?5 as varchar), last_latency_ms = ?6, "
                + "next_attempt_at = coalesce(cast(?7 as timestamptz), next_attempt_at), lease_until = null, "
                + "completed_at = case when ?2 = 'PENDING' then null else cast(?8 as timestamptz) end, "
                + "payload = case when cast(?9 as boolean) then null else payload end, "
                + "mentions = case when cast(?9 as boolean) then '{}' else mentions end where id = ?1")
                .setParameter(1, id).setParameter(2, outcome).setParameter(3, attempt).setParameter(4, status)
                .setParameter(5, error).setParameter(6, latencyMs)
                .setParameter(7, next == null ? null : Timestamp.from(next)).setParameter(8, Timestamp.from(at))
                .setParameter(9, forgetPayload).executeUpdate();
    }

    /** Forgets every delivery that names the id: payloads removed, those still pending given up. */
    public int forgetMentions(String mention, Instant now) {
        return em.createNativeQuery("update webhook_delivery set payload = null, mentions = '{}', "
                + "status = case when status = 'PENDING' then 'GIVEN_UP' else status end, "
                + "last_error = case when status = 'PENDING' then 'the volunteer was erased' else last_error end, "
                + "completed_at = coalesce(completed_at, ?2), lease_until = null "
                + "where mentions @> cast(?1 as text[])")
                .setParameter(1, "{" + mention + "}").setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    /** Sends a subscription's events of the period again: copies of the deliveries whose payloads are kept. */
    public int replay(UUID subscription, Instant since, Instant now) {
        return em.createNativeQuery("""
                insert into webhook_delivery (subscription_id, event_id, event_type, aggregate_key, event_time,
                                              mentions, payload, status, next_attempt_at, created_at)
                select subscription_id, event_id, event_type, aggregate_key, event_time, mentions, payload,
                       'PENDING', ?3, ?3
                from (select distinct on (event_id) * from webhook_delivery
                      where subscription_id = ?1 and event_time >= ?2 and payload is not null
                      order by event_id, id) first
                order by id""")
                .setParameter(1, subscription).setParameter(2, Timestamp.from(since))
                .setParameter(3, Timestamp.from(now)).executeUpdate();
    }

    /** Pending deliveries of a subscription are sent at once (after a resume). */
    public void dueNow(UUID subscription, Instant now) {
        em.createNativeQuery("update webhook_delivery set next_attempt_at = ?2 where subscription_id = ?1 "
                + "and status = 'PENDING' and next_attempt_at > ?2")
                .setParameter(1, subscription).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<LogEntry> log(UUID subscription, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, event_id, event_type, event_time, status, attempts, "
                + "last_status, last_error, last_latency_ms, next_attempt_at, created_at, completed_at "
                + "from webhook_delivery where subscription_id = ?1 order by id desc offset ?2 limit ?3")
                .setParameter(1, subscription).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new LogEntry(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2],
                instant(r[3]), (String) r[4], ((Number) r[5]).intValue(), integer(r[6]), (String) r[7],
                integer(r[8]), "PENDING".equals(r[4]) ? instant(r[9]) : null, instant(r[10]), instant(r[11])))
                .toList();
    }

    public long count(UUID subscription) {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1")
                .setParameter(1, subscription).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Attempt> attempts(List<Long> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select delivery_id, attempt, attempted_at, status, error, "
                + "latency_ms from webhook_attempt where delivery_id = any(cast(?1 as bigint[])) "
                + "order by delivery_id, attempt")
                .setParameter(1, "{" + String.join(",", deliveries.stream().map(String::valueOf).toList()) + "}")
                .getResultList();
        return rows.stream().map(r -> new Attempt(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                instant(r[2]), integer(r[3]), (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Removes payloads of deliveries that ended before {@code payloadsBefore}, and log rows before {@code logBefore}. */
    public long cleanUp(Instant payloadsBefore, Instant logBefore) {
        int payloads = em.createNativeQuery("update webhook_delivery set payload = null, mentions = '{}' "
                + "where status <> 'PENDING' and completed_at < ?1 and payload is not null")
                .setParameter(1, Timestamp.from(payloadsBefore)).executeUpdate();
        int rows = em.createNativeQuery("delete from webhook_delivery where status <> 'PENDING' and completed_at < ?1")
                .setParameter(1, Timestamp.from(logBefore)).executeUpdate();
        return payloads + (long) rows;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("not a time: " + o.getClass());
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
