package org.lettersofhope.tally.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.lettersofhope.shared.event.Regions;

/**
 * What one counted thing adds to one metric, with where it came from ({@code source}, {@code sourceId}: a ledger
 * entry id or a CloudEvent id). {@code campaignId} null: counted outside any campaign. {@code bucket} is the UTC hour
 * the quantity counts in.
 */
public record Contribution(UUID campaignId, Metric metric, long quantity, Instant bucket, UUID chapterId,
        String region, UUID targetId, ActionType actionType, Source source, String sourceId) {

    public Contribution {
        bucket = bucket.truncatedTo(ChronoUnit.HOURS);
        region = region(region);
    }

    /** A region as counted: a valid ISO 3166-2 code, upper-cased, or none. */
    public static String region(String region) {
        return Regions.isValid(region) ? Regions.normalize(region) : null;
    }

    /** The same contribution taken back (a report replaced by its correction). */
    public Contribution negated(String bySourceId) {
        return new Contribution(campaignId, metric, -quantity, bucket, chapterId, region, targetId, actionType, source,
                bySourceId);
    }

    /**
     * The hour a thing known only by its date counts in: noon UTC of that date, which is the same calendar date in
     * every time zone from UTC-11 to UTC+11, so daily series in those zones put it on its own date.
     */
    public static Instant bucketOf(LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
