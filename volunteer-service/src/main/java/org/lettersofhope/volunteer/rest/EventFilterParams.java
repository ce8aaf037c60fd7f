package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.volunteer.domain.EventSearch;
import org.lettersofhope.volunteer.domain.IntroStatus;

/**
 * The filters of event lists. They arrive as text and are checked here, so that a bad value is a 400 naming the
 * parameter rather than the 404 JAX-RS gives for a query parameter it cannot convert.
 */
public class EventFilterParams {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    static final String KIND_PATTERN = "^(LETTER_WRITING|POSTCARD_PARTY|ORGANIZING_MEETING|INFO_SESSION)$";

    @QueryParam("region")
    @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA")
    @Parameter(description = "ISO 3166-2 subdivision code", example = "US-CA",
            schema = @Schema(pattern = Regions.PATTERN))
    public String region;

    @QueryParam("kind")
    @Pattern(regexp = KIND_PATTERN, message = "must be one of LETTER_WRITING, POSTCARD_PARTY, ORGANIZING_MEETING, "
            + "INFO_SESSION")
    @Parameter(description = "Only events of this kind", schema = @Schema(implementation = CommunityEventKind.class))
    public String kind;

    @QueryParam("from")
    @Pattern(regexp = DATE_PATTERN, message = "must be a date such as 2026-12-01")
    @Parameter(description = "Events starting on or after this date, in each event's own time zone",
            example = "2026-12-01", schema = @Schema(format = "date", pattern = DATE_PATTERN))
    public String from;

    @QueryParam("to")
    @Pattern(regexp = DATE_PATTERN, message = "must be a date such as 2026-12-31")
    @Parameter(description = "Events starting on or before this date, in each event's own time zone",
            example = "2026-12-31", schema = @Schema(format = "date", pattern = DATE_PATTERN))
    public String to;

    @QueryParam("campaignId")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only events supporting this letter-service campaign",
            schema = @Schema(format = "uuid", pattern = UUID_PATTERN))
    public String campaignId;

    @QueryParam("chapterId")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only this chapter's events", schema = @Schema(format = "uuid", pattern = UUID_PATTERN))
    public String chapterId;

    /** The search these filters describe; {@code statuses} and {@code updatedSince} come from the staff list only. */
    EventSearch toSearch(Set<CommunityEventStatus> statuses, Instant updatedSince) {
        return toSearch(statuses, updatedSince, null);
    }

    /** As above, with the staff list's filter on the organiser introduction. */
    EventSearch toSearch(Set<CommunityEventStatus> statuses, Instant updatedSince, IntroStatus introStatus) {
        LocalDate fromDate = parse(from, "from", LocalDate::parse);
        LocalDate toDate = parse(to, "to", LocalDate::parse);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return new EventSearch(statuses, region == null ? null : region.toUpperCase(Locale.ROOT),
                kind == null ? null : CommunityEventKind.valueOf(kind), fromDate, toDate,
                parse(campaignId, "campaignId", UUID::fromString), parse(chapterId, "chapterId", UUID::fromString),
                null, null, updatedSince, introStatus);
    }

    static <T> T parse(String value, String field, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "is not a valid value");
        }
    }
}
