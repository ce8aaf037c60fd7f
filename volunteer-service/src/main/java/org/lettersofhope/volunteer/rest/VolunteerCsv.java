package org.lettersofhope.volunteer.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.lettersofhope.commons.rest.CsvUpload;
import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.Availability;
import org.lettersofhope.volunteer.service.VolunteerImportService;

/**
 * Reads a spreadsheet export of volunteers: a header row naming the columns, then one volunteer a row. Lists in a
 * cell (languages, roles, skills, interests, availability) are separated by {@code ;}. Each row is validated by the
 * same rules as the sign-up form; the file as a whole is read before anything is written, so a malformed file
 * writes nothing.
 */
final class VolunteerCsv {

    static final int MAX_ROWS = 200_000;
    static final List<String> REQUIRED = List.of("firstName", "lastName", "email", "postalCode", "region", "roles");
    static final List<String> KNOWN = List.of("firstName", "lastName", "email", "phone", "postalCode", "city",
            "region", "country", "languages", "roles", "skills", "interests", "hoursPerWeek", "availability",
            "heardFrom", "contactConsent");

    private static final CsvUpload.Columns COLUMNS = new CsvUpload.Columns(KNOWN, REQUIRED);

    record Parsed(List<VolunteerImportService.Row> valid, List<VolunteerImportService.Rejection> rejected) {
    }

    private VolunteerCsv() {
    }

    static Parsed parse(InputStream body, Validator validator) {
        List<VolunteerImportService.Row> valid = new ArrayList<>();
        List<VolunteerImportService.Rejection> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        CsvUpload.read(body, COLUMNS, MAX_ROWS, row -> {
            String reason = null;
            VolunteerForm form = null;
            try {
                form = toForm(row.cells());
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
            if (form != null) {
                Set<ConstraintViolation<VolunteerForm>> violations = validator.validate(form);
                if (!violations.isEmpty()) {
                    reason = violations.stream()
                            .map(v -> field(v) + " " + v.getMessage())
                            .collect(Collectors.toCollection(TreeSet::new)).stream()
                            .collect(Collectors.joining("; "));
                }
            }
            if (reason == null) {
                String email = Emails.normalize(form.email());
                Integer earlier = firstRowOfEmail.putIfAbsent(email, row.number());
                if (earlier != null) {
                    reason = "same email as row " + earlier;
                }
            }
            if (reason == null) {
                valid.add(new VolunteerImportService.Row(row.number(), form.toProfile()));
            } else {
                rejected.add(new VolunteerImportService.Rejection(row.number(), reason));
            }
        });
        return new Parsed(valid, rejected);
    }

    private static VolunteerForm toForm(Map<String, String> c) {
        return new VolunteerForm(text(c, "firstName"), text(c, "lastName"), text(c, "email"), text(c, "phone"),
                text(c, "postalCode"), text(c, "city"), text(c, "region"), text(c, "country"), list(c, "languages"),
                enums(c, "roles", VolunteerRole.class), list(c, "skills"), list(c, "interests"),
                integer(c, "hoursPerWeek"), enums(c, "availability", Availability.class), text(c, "heardFrom"),
                bool(c, "contactConsent"));
    }

    private static String text(Map<String, String> c, String name) {
        String v = c.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Set<String> list(Map<String, String> c, String name) {
        String v = text(c, name);
        if (v == null) {
            return Set.of();
        }
        return Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, String> c, String name, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        for (String value : list(c, name)) {
            try {
                out.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " must be among " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }

    private static Integer integer(Map<String, String> c, String name) {
        String v = text(c, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    private static boolean bool(Map<String, String> c, String name) {
        String v = text(c, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be yes or no");
        };
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }
}
