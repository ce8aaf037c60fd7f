package org.lettersofhope.volunteer.rest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.shared.event.community.CommunityEventFormat;

/** Reports each broken rule on the field it concerns, e.g. {@code endsAt} or {@code location.meetingUrl}. */
public class EventPlanValidator implements ConstraintValidator<ValidEventPlan, CommunityEventRequest> {

    static final Duration MAX_LENGTH = Duration.ofDays(7);
    static final int MAX_YEARS_AHEAD = 2;

    @Override
    public boolean isValid(CommunityEventRequest r, ConstraintValidatorContext ctx) {
        if (r == null) {
            return true;
        }
        ctx.disableDefaultConstraintViolation();
        boolean valid = checkTimeZone(r, ctx);
        valid &= checkSchedule(r, ctx);
        valid &= checkLocation(r, ctx);
        return valid;
    }

    private static boolean checkTimeZone(CommunityEventRequest r, ConstraintValidatorContext ctx) {
        if (r.timeZone() != null && !r.timeZone().isBlank() && !ZoneId.getAvailableZoneIds().contains(r.timeZone())) {
            return fail(ctx, "must be an IANA time zone id such as America/Los_Angeles", "timeZone");
        }
        return true;
    }

    private static boolean checkSchedule(CommunityEventRequest r, ConstraintValidatorContext ctx) {
        boolean valid = true;
        Instant now = Instant.now();
        if (r.startsAt() != null) {
            if (!r.startsAt().isAfter(now)) {
                valid = fail(ctx, "must be in the future", "startsAt");
            } else if (r.startsAt().isAfter(now.atOffset(ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD).toInstant())) {
                valid = fail(ctx, "must be at most " + MAX_YEARS_AHEAD + " years ahead", "startsAt");
            }
        }
        if (r.startsAt() != null && r.endsAt() != null) {
            if (!r.endsAt().isAfter(r.startsAt())) {
                valid &= fail(ctx, "must be after startsAt", "endsAt");
            } else if (Duration.between(r.startsAt(), r.endsAt()).compareTo(MAX_LENGTH) > 0) {
                valid &= fail(ctx, "must be at most " + MAX_LENGTH.toDays() + " days after startsAt", "endsAt");
            }
        }
        return valid;
    }

    private static boolean checkLocation(CommunityEventRequest r, ConstraintValidatorContext ctx) {
        EventLocationRequest l = r.location();
        if (l == null || r.format() == null) {
            return true;
        }
        boolean atVenue = r.format() != CommunityEventFormat.VIRTUAL;
        boolean online = r.format() != CommunityEventFormat.IN_PERSON;
        boolean valid = true;
        if (atVenue && isBlank(l.streetAddress())) {
            valid = fail(ctx, "is required for IN_PERSON and HYBRID events", "location", "streetAddress");
        }
        if (atVenue && isBlank(l.city())) {
            valid &= fail(ctx, "is required for IN_PERSON and HYBRID events", "location", "city");
        }
        if (!atVenue && !isBlank(l.streetAddress())) {
            valid &= fail(ctx, "must be left out for a VIRTUAL event", "location", "streetAddress");
        }
        if (online && isBlank(l.meetingUrl())) {
            valid &= fail(ctx, "is required for VIRTUAL and HYBRID events", "location", "meetingUrl");
        } else if (!online && !isBlank(l.meetingUrl())) {
            valid &= fail(ctx, "must be left out for an IN_PERSON event", "location", "meetingUrl");
        } else if (online && !isHttpsUrl(l.meetingUrl())) {
            valid &= fail(ctx, TextRules.HTTPS_URL_MESSAGE, "location", "meetingUrl");
        }
        return valid;
    }

    private static boolean isHttpsUrl(String s) {
        try {
            URI uri = new URI(s);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Adds a violation at the given property path; always false, so a check can return it. */
    private static boolean fail(ConstraintValidatorContext ctx, String message, String... path) {
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node = ctx
                .buildConstraintViolationWithTemplate(message).addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.addPropertyNode(path[i]);
        }
        node.addConstraintViolation();
        return false;
    }
}
