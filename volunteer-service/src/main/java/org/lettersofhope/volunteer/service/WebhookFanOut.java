package org.lettersofhope.volunteer.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.security.Sealing;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.volunteer.config.WebhookKeys;
import org.lettersofhope.volunteer.domain.WebhookDeliveryStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes, in the consumer's transaction, one delivery per subscription that wants an event and may see it. The scope
 * is decided here, from the event and this service's own records, never from the subscription: campaign events are
 * public; any other reaches the subscriptions of the chapter it is about — the {@code chapterId} it carries, or, for
 * an event that names none, the chapter volunteer-service records for its volunteer or community event. An event
 * whose chapter is unknown reaches no one.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    EntityManager em;

    @Inject
    WebhookDeliveryStore store;

    @Inject
    WebhookKeys keys;

    @Inject
    WebhookDispatcher dispatcher;

    /** Who may see an event: everyone (public), or one chapter. */
    record Scope(boolean isPublic, UUID chapter) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int fanOut(EventEnvelope event) {
        Instant now = Instant.now();
        Set<String> mentions = mentions(event);
        if (EventTypes.VOLUNTEER_ERASED.name().equals(event.type())) {
            // earlier deliveries that name the person are forgotten (pending ones are not sent any more)
            store.forgetMentions(keys.aggregateKey(event.partitionkey().toLowerCase()), now);
        }
        Optional<Scope> scope = scopeOf(event);
        if (scope.isEmpty()) {
            return 0;
        }
        List<UUID> targets = subscribers(event.type(), scope.get());
        if (targets.isEmpty()) {
            return 0;
        }
        byte[] body = EventCodec.encodeToString(event).getBytes(StandardCharsets.UTF_8);
        String aggregate = keys.aggregateKey(event.partitionkey() == null ? event.id() : event.partitionkey());
        String[] hashed = mentions.stream().map(keys::aggregateKey).toArray(String[]::new);
        UUID eventId = UUID.fromString(event.id());
        Instant time = event.time() == null ? now : event.time();
        for (UUID subscription : targets) {
            byte[] sealed = Sealing.seal(keys.sealing(), body, WebhookDispatcher.payloadContext(subscription, eventId));
            store.insert(subscription, eventId, event.type(), aggregate, time, hashed, sealed, now);
        }
        dispatcher.wakeAfterCommit();
        return targets.size();
    }

    Optional<Scope> scopeOf(EventEnvelope event) {
        Optional<EventType<?>> type = EventTypes.byName(event.type());
        if (type.isEmpty() || !WebhookSubscriptions.TOPICS.contains(type.get().topic())) {
            return Optional.empty();
        }
        if (type.get().topic().equals(Topics.CAMPAIGNS)) {
            return Optional.of(new Scope(true, null));
        }
        JsonNode data = event.data();
        if (data != null && data.has("chapterId")) {
            return uuid(data.get("chapterId")).map(c -> new Scope(false, c));
        }
        String table = switch (type.get().aggregateType()) {
            case "volunteer" -> "volunteer";
            case "community-event" -> "community_event";
            default -> null;
        };
        if (table == null || event.partitionkey() == null) {
            return Optional.empty();
        }
        Optional<UUID> aggregate = uuid(event.partitionkey());
        if (aggregate.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<UUID> chapter = em.createNativeQuery("select chapter_id from " + table + " where id = ?1")
                .setParameter(1, aggregate.get()).getResultList();
        return chapter.isEmpty() || chapter.get(0) == null ? Optional.empty()
                : Optional.of(new Scope(false, chapter.get(0)));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> subscribers(String type, Scope scope) {
        // paused and disabled subscriptions keep receiving deliveries, which wait for them; ended ones do not
        String sql = "select id from webhook_subscription where status <> 'ENDED' "
                + "and cast(?1 as text) = any(event_types)" + (scope.isPublic() ? "" : " and chapter_id = ?2")
                + " order by id";
        var q = em.createNativeQuery(sql).setParameter(1, type);
        if (!scope.isPublic()) {
            q.setParameter(2, scope.chapter());
        }
        return q.getResultList();
    }

    /** Every id the event names (its aggregate and any id in its data): what an erasure looks for. */
    static Set<String> mentions(EventEnvelope event) {
        Set<String> ids = new LinkedHashSet<>();
        if (event.partitionkey() != null) {
            ids.add(event.partitionkey().toLowerCase());
        }
        collect(event.data(), ids);
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && UUID_TEXT.matcher(node.asText()).matches()) {
            ids.add(node.asText().toLowerCase());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            collect(it.next(), ids);
        }
    }

    private static Optional<UUID> uuid(JsonNode node) {
        return node == null || !node.isTextual() ? Optional.empty() : uuid(node.asText());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
