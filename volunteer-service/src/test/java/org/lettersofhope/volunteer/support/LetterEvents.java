package org.lettersofhope.volunteer.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.shared.event.letter.CampaignPublished;
import org.lettersofhope.shared.event.letter.GuidelinesPublished;
import org.lettersofhope.volunteer.domain.Campaign;
import org.lettersofhope.volunteer.domain.CampaignRepository;
import org.lettersofhope.volunteer.domain.GuidelinesVersionRepository;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * letter-service's events about guidelines and campaigns, produced to the real broker as its outbox relay would, and
 * waits (bounded polling) until volunteer-service's projection shows them.
 */
public final class LetterEvents {

    private LetterEvents() {
    }

    public static <T extends DomainEvent> EventEnvelope publish(EventType<T> type, T payload) {
        EventEnvelope e = EventCodec.wrap(type, "/letter-service", payload);
        KafkaTestClient.produce(type.topic(), e.partitionkey(), EventCodec.encode(e));
        return e;
    }

    /** A guidelines version with a label of its own, published by letter-service and known here once this returns. */
    public static String publishedGuidelines() {
        String version = "t" + UUID.randomUUID().toString().substring(0, 8);
        publish(EventTypes.GUIDELINES_PUBLISHED, new GuidelinesPublished(UUID.randomUUID(), version, Instant.now()));
        GuidelinesVersionRepository versions = Arc.container().instance(GuidelinesVersionRepository.class).get();
        await(() -> QuarkusTransaction.requiringNew().call(() -> versions.find(version).isPresent()));
        return version;
    }

    /** A campaign letter-service published, known here (ACTIVE) once this returns. */
    public static UUID publishedCampaign() {
        UUID id = UUID.randomUUID();
        publish(EventTypes.CAMPAIGN_PUBLISHED, new CampaignPublished(id, "c-" + id.toString().substring(0, 8),
                CampaignKind.ADVOCACY, 100, LocalDate.now(), LocalDate.now().plusDays(90), List.of(),
                Instant.now()));
        awaitCampaign(id, c -> c.status == Campaign.Status.ACTIVE);
        return id;
    }

    /** Closes the campaign in letter-service; known here (CLOSED) once this returns. */
    public static void close(UUID campaign) {
        publish(EventTypes.CAMPAIGN_CLOSED, new CampaignClosed(campaign, CampaignKind.ADVOCACY, Instant.now()));
        awaitCampaign(campaign, c -> c.status == Campaign.Status.CLOSED);
    }

    private static void awaitCampaign(UUID id, Predicate<Campaign> condition) {
        CampaignRepository campaigns = Arc.container().instance(CampaignRepository.class).get();
        await(() -> QuarkusTransaction.requiringNew().call(() -> campaigns.find(id).filter(condition).isPresent()));
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}
