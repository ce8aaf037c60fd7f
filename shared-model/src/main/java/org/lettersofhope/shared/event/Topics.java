package org.lettersofhope.shared.event;

/**
 * Kafka topic names. A topic is named {@code <owning service>.<aggregate>.v<N>}; a payload change that breaks readers
 * gets a new version instead of changing an existing topic.
 */
public final class Topics {

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

    private Topics() {
    }

    /** Every topic of the backbone, so that local runs and tests can create them up front. */
    public static java.util.List<String> all() {
        return java.util.List.of(VOLUNTEERS, CHAPTERS, API_KEYS, COMMUNITY_EVENTS, CAMPAIGNS, GUIDELINES, LETTERS, RECIPIENTS,
                REIMBURSEMENTS, TALLIES);
    }

    /** Topics that keep only the latest record per key (cleanup.policy=compact) instead of every record. */
    public static boolean isCompacted(String topic) {
        return TALLIES.equals(topic);
    }
}
