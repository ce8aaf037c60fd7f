package org.lettersofhope.volunteer.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.security.Sealing;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.volunteer.config.WebhookKeys;
import org.lettersofhope.volunteer.domain.WebhookDeliveryStore;
import org.lettersofhope.volunteer.domain.WebhookStatus;
import org.lettersofhope.volunteer.domain.WebhookSubscription;
import org.lettersofhope.volunteer.domain.WebhookSubscriptionRepository;

/** Partners' webhook subscriptions: made, rotated, paused, resumed, deleted, replayed. Scope checks are the caller's. */
@ApplicationScoped
public class WebhookSubscriptions {

    /** The topics whose events partners may subscribe to: their chapter's, and public campaign events. */
    public static final Set<String> TOPICS = Set.of(Topics.VOLUNTEERS, Topics.CHAPTERS, Topics.COMMUNITY_EVENTS,
            Topics.CAMPAIGNS);
    public static final Duration MAX_OVERLAP = Duration.ofDays(7);

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    WebhookDeliveryStore deliveries;

    @Inject
    WebhookKeys keys;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ChapterService chapters;

    /** A subscription and its secret, known only now. */
    public record WithSecret(WebhookSubscription subscription, String secret) {
    }

    /** The event types a subscription may name, sorted. */
    public static List<String> catalogue() {
        return EventTypes.all().stream().filter(t -> TOPICS.contains(t.topic())).map(EventType::name).sorted()
                .toList();
    }

    @Transactional
    public WithSecret create(UUID chapterId, String targetUrl, List<String> eventTypes, String description) {
        chapters.requireActive(chapterId);
        String[] types = checkTypes(eventTypes);
        dispatcher.checkTarget(targetUrl);
        Instant now = Instant.now();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.chapterId = chapterId;
        s.targetUrl = targetUrl;
        s.eventTypes = types;
        s.description = description;
        s.status = WebhookStatus.ACTIVE;
        String secret = WebhookSignatures.newSecret();
        s.secretSealed = seal(s.id, secret);
        s.createdAt = now;
        s.updatedAt = now;
        subscriptions.persist(s);
        return new WithSecret(s, secret);
    }

    public Optional<WebhookSubscription> find(UUID id) {
        return Optional.ofNullable(subscriptions.findById(id));
    }

    public List<WebhookSubscription> list(UUID chapterId, int page, int size) {
        return subscriptions.list(chapterId, page, size);
    }

    public long count(UUID chapterId) {
        return subscriptions.count(chapterId);
    }

    @Transactional
    public WithSecret rotate(UUID id, Duration overlap) {
        Duration o = overlap == null ? Duration.ofHours(24) : overlap;
        if (o.isNegative() || o.compareTo(MAX_OVERLAP) > 0) {
            throw ProblemException.invalidField("overlap", "must be between PT0S and P7D");
        }
        WebhookSubscription s = subscriptions.findById(id);
        String secret = WebhookSignatures.newSecret();
        s.previousSecretSealed = s.secretSealed;
        s.previousSecretUntil = Instant.now().plus(o);
        s.secretSealed = seal(s.id, secret);
        s.updatedAt = Instant.now();
        return new WithSecret(s, secret);
    }

    @Transactional
    public WebhookSubscription pause(UUID id) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s.status == WebhookStatus.ACTIVE) {
            s.status = WebhookStatus.PAUSED;
            s.statusReason = null;
            s.updatedAt = Instant.now();
        }
        return s;
    }

    /** Sends again: a paused, disabled or ended subscription becomes active and its waiting deliveries go now. */
    @Transactional
    public WebhookSubscription resume(UUID id) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s.status != WebhookStatus.ACTIVE) {
            dispatcher.checkTarget(s.targetUrl);
            s.status = WebhookStatus.ACTIVE;
            s.statusReason = null;
            s.updatedAt = Instant.now();
            deliveries.dueNow(id, Instant.now());
            dispatcher.wakeAfterCommit();
        }
        return s;
    }

    @Transactional
    public void delete(UUID id) {
        subscriptions.deleteById(id);
    }

    @Transactional
    public int replay(UUID id, Instant since) {
        if (since.isAfter(Instant.now())) {
            throw ProblemException.invalidField("since", "must not be in the future");
        }
        int n = deliveries.replay(id, since, Instant.now());
        dispatcher.wakeAfterCommit();
        return n;
    }

    @Transactional
    public List<WebhookDeliveryStore.LogEntry> log(UUID id, int offset, int limit) {
        return deliveries.log(id, offset, limit);
    }

    @Transactional
    public List<WebhookDeliveryStore.Attempt> attempts(List<Long> ids) {
        return deliveries.attempts(ids);
    }

    @Transactional
    public long logSize(UUID id) {
        return deliveries.count(id);
    }

    /** The secrets that sign now: the current one, and the previous one while the rotation overlaps. */
    public List<String> signingSecrets(WebhookSubscription s, Instant now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(open(s.id, s.secretSealed));
        if (s.previousSecretSealed != null && s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now)) {
            secrets.add(open(s.id, s.previousSecretSealed));
        }
        return secrets;
    }

    private byte[] seal(UUID id, String secret) {
        return Sealing.seal(keys.sealing(), secret.getBytes(StandardCharsets.UTF_8), context(id));
    }

    private String open(UUID id, byte[] sealed) {
        return new String(Sealing.open(keys.sealing(), sealed, context(id)), StandardCharsets.UTF_8);
    }

    private static String context(UUID id) {
        return "webhook_subscription.secret:" + id;
    }

    private static String[] checkTypes(List<String> eventTypes) {
        List<String> known = catalogue();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!known.contains(eventTypes.get(i))) {
                throw ProblemException.invalidField("eventTypes[" + i + "]",
                        "is not an event type of the catalogue (GET /api/webhook-subscriptions/event-types)");
            }
        }
        Set<String> unique = new LinkedHashSet<>(eventTypes);
        return unique.stream().sorted().collect(Collectors.toList()).toArray(String[]::new);
    }
}
