package org.lettersofhope.volunteer.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.lettersofhope.volunteer.domain.CommunityEvent;

/**
 * Writes an iCalendar (RFC 5545) feed of public events: CRLF line endings, lines folded at 75 octets without splitting
 * a character, text values escaped, times in UTC. The location is the city and region only, never the venue, street
 * address or meeting link, which are for confirmed attendees.
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar";
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {
    }

    static String feed(String name, List<CommunityEvent> events, Instant now) {
        ICalendar ics = new ICalendar();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:-//Letters of Hope//volunteer-service//EN");
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:PUBLISH");
        ics.line("X-WR-CALNAME:" + text(name));
        for (CommunityEvent e : events) {
            ics.line("BEGIN:VEVENT");
            ics.line("UID:" + e.id + "@lettersofhope.org");
            ics.line("DTSTAMP:" + UTC.format(now));
            ics.line("DTSTART:" + UTC.format(e.startsAt));
            ics.line("DTEND:" + UTC.format(e.endsAt));
            ics.line("LAST-MODIFIED:" + UTC.format(e.updatedAt));
            ics.line("SEQUENCE:" + e.version);
            ics.line("SUMMARY:" + text(e.title));
            if (e.description != null) {
                ics.line("DESCRIPTION:" + text(e.description));
            }
            ics.line("LOCATION:" + text(publicPlace(e)));
            ics.line("CATEGORIES:" + e.kind.name());
            ics.line("STATUS:CONFIRMED");
            ics.line("END:VEVENT");
        }
        ics.line("END:VCALENDAR");
        return ics.out.toString();
    }

    /** Where the event is, as precisely as the public may know. */
    static String publicPlace(CommunityEvent e) {
        String place = e.city == null ? e.region : e.city + ", " + e.region;
        return switch (e.format) {
            case IN_PERSON -> place;
            case VIRTUAL -> "Online";
            case HYBRID -> place + " and online";
        };
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
    static String text(String value) {
        StringBuilder s = new StringBuilder(value.length() + 16);
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets of UTF-8. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

}
