package org.lettersofhope.volunteer.rest;

import java.io.IOException;
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
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.domain.Availability;
import org.lettersofhope.volunteer.service.VolunteerImportService;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

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

    private static final CsvMapper CSV = new CsvMapper();
    private static final Map<String, String> BY_LOWER = KNOWN.stream()
            .collect(Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), Function.identity()));

    record Parsed(List<VolunteerImportService.Row> valid, List<VolunteerImportService.Rejection> rejected) {
    }

    private VolunteerCsv() {
    }

    static Parsed parse(InputStream body, Validator validator) {
        List<VolunteerImportService.Row> valid = new ArrayList<>();
        List<VolunteerImportService.Rejection> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(schema).readValues(body)) {
            checkHeader(rows.getParser().getSchema() instanceof CsvSchema s ? s : schema);
            int rowNumber = 1; // the header is row 1, as in a spreadsheet
            while (rows.hasNextValue()) {
                rowNumber++;
                if (rowNumber - 1 > MAX_ROWS) {
                    throw malformed("The file has more than " + MAX_ROWS + " rows; split it.");
                }
                Map<String, String> cells = canonical(rows.nextValue());
                String reason = null;
                VolunteerForm form = null;
                try {
                    form = toForm(cells);
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
                    Integer earlier = firstRowOfEmail.putIfAbsent(email, rowNumber);
                    if (earlier != null) {
                        reason = "same email as row " + earlier;
                    }
                }
                if (reason == null) {
                    valid.add(new VolunteerImportService.Row(rowNumber, form.toProfile()));
                } else {
                    rejected.add(new VolunteerImportService.Rejection(rowNumber, reason));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw malformed("The file is not readable CSV" + location(e) + ".");
        }
        return new Parsed(valid, rejected);
    }

    private static void checkHeader(CsvSchema schema) {
        Set<String> columns = new LinkedHashSet<>();
        for (CsvSchema.Column c : schema) {
            String known = BY_LOWER.get(c.getName().trim().toLowerCase(Locale.ROOT));
            if (known == null) {
                throw malformed("Unknown column \"" + c.getName().replaceAll("[^\\p{L}\\p{N} _-]", "?")
                        + "\"; the columns are " + KNOWN + ".");
            }
            columns.add(known);
        }
        List<String> missing = REQUIRED.stream().filter(r -> !columns.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw malformed("Missing columns " + missing + ".");
        }
    }

    private static Map<String, String> canonical(Map<String, String> cells) {
        Map<String, String> out = new HashMap<>();
        cells.forEach((k, v) -> out.put(BY_LOWER.get(k.trim().toLowerCase(Locale.ROOT)), v));
        return out;
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

    private static String location(Throwable e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return " (near line " + j.getLocation().getLineNr() + ")";
        }
        if (e.getCause() != null) {
            return location(e.getCause());
        }
        return "";
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(new Problem(org.lettersofhope.shared.problem.ProblemTypes.MALFORMED_REQUEST,
                "Malformed CSV", 400, detail, null, List.of()));
    }
}
