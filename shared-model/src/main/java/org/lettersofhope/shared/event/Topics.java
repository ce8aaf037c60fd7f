package org.lettersofhope.shared.event;

import java.util.Map;
import java.util.Optional;

/**
 * Kafka topic names. A topic is named {@code <owning service>.<aggregate>.v<N>}; a payload change that breaks readers
 * gets a new version instead of changing an existing topic. The owning service is the topic's only writer: consumers
 * accept a record only when its CloudEvents {@code source} is that owner's ({@link #ownerSource}).
 */
public final class Topics {

    /**
     * Each owning service, by the first segment of its topics' names. The one place that says who may write which
     * topic.
     */
    private static final Map<String, String> OWNER_BY_PREFIX = Map.of(
            "volunteer", "volunteer-service",
            "letter", "letter-service",
            "tally", "tally-service");

    /**
     * An event's CloudEvents {@code source} is this base followed by its owning service, an absolute URI such as
     * {@code urn:lettersofhope:volunteer-service}. Every service of a deployment uses the same base
     * ({@code LETTERS_EVENTS_SOURCE_BASE}), this one unless configured.
     */
    public static final String DEFAULT_SOURCE_BASE = "urn:lettersofhope:";

    /** Volunteer lifecycle: registration, status changes, guideline acceptance, erasure. Keyed by volunteer id. */
    public static final String VOLUNTEERS = "volunteer.volunteers.v1";

    /** Chapters: proposed, activated, dormant. Keyed by chapter id. */
    public static final String CHAPTERS = "volunteer.chapters.v1";

    /** API keys issued to partner chapters and dashboards, and their revocation. Keyed by key id. */
    public static final String API_KEYS = "volunteer.api-keys.v1";

    /**
     * Community events (letter-writing evenings, postcard parties, meetings): scheduling, review, cancellation,
     * attendance and report-backs. Keyed by event id.
     */
    public static final String COMMUNITY_EVENTS = "volunteer.events.v1";

    /** Hours volunteers log on tasks, and logs taken back. Keyed by task id. */
    public static final String TASKS = "volunteer.tasks.v1";

    /** Campaigns published and closed. Keyed by campaign id. */
    public static final String CAMPAIGNS = "letter.campaigns.v1";

    /**
     * Versions of the Letter Writing Guidelines as they are published (label and time, never the text). Keyed by the
     * version's id.
     */
    public static final String GUIDELINES = "letter.guidelines.v1";

    /**
     * Every piece's journey: letters logged and their status changes, mail batches mailed, self-mailed advocacy pieces
     * and replies received. Keyed by the letter, batch, advocacy log or reply id.
     */
    public static final String LETTERS = "letter.letters.v1";

    /** Detained recipients' custody changes and their pen-pal matches. Keyed by recipient or match id. */
    public static final String RECIPIENTS = "letter.recipients.v1";

    /** Reimbursement requests and decisions. Keyed by request id. */
    public static final String REIMBURSEMENTS = "letter.reimbursements.v1";

    /**
     * The current total of each campaign's metric, for partners who prefer Kafka to HTTP. Compacted: keyed by the
     * tally (campaign and metric), so the topic keeps the latest total of every tally.
     */
    public static final String TALLIES = "tally.tallies.v1";

    /**
     * Every ledger entry of tally-service (report-backs, bulk reports, adjustments) as it is recorded, without
     * personal data, so that tally-service can be rebuilt from the topics alone. Keyed by campaign id.
     */
    public static final String LEDGER = "tally.ledger.v1";

    private Topics() {
    }

    /** Every topic of the backbone, so that local runs and tests can create them up front. */
    public static java.util.List<String> all() {
        return java.util.List.of(VOLUNTEERS, CHAPTERS, API_KEYS, COMMUNITY_EVENTS, TASKS, CAMPAIGNS, GUIDELINES, LETTERS, RECIPIENTS,
                REIMBURSEMENTS, TALLIES, LEDGER);
    }

    /** The service that owns a topic, e.g. {@code volunteer-service}; empty for a topic of no known owner. */
    public static Optional<String> owner(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        int dot = topic.indexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.ofNullable(OWNER_BY_PREFIX.get(topic.substring(0, dot)));
    }

    /** The {@code source} of events on this topic with the default base, e.g. {@code urn:lettersofhope:volunteer-service}. */
    public static Optional<String> ownerSource(String topic) {
        return ownerSource(topic, DEFAULT_SOURCE_BASE);
    }

    public static Optional<String> ownerSource(String topic, String sourceBase) {
        return owner(topic).map(owner -> sourceBase + owner);
    }

    /**
     * Whether {@code source} names the topic's owner: with the deployment's base, or as the relative
     * {@code /<service>} that events carried before sources were absolute URIs (topics keep every event, and a
     * replay reads those too).
     */
    public static boolean isOwnerSource(String topic, String source, String sourceBase) {
        Optional<String> owner = owner(topic);
        return owner.isPresent() && source != null
                && (source.equals(sourceBase + owner.get()) || source.equals("/" + owner.get()));
    }

    /** Topics that keep only the latest record per key (cleanup.policy=compact) instead of every record. */
    public static boolean isCompacted(String topic) {
        return TALLIES.equals(topic);
    }
}
