package org.lettersofhope.commons.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an uploaded spreadsheet export: a header row naming columns (in any order and letter case) from a known set,
 * the required ones among them, then one record a row, numbered as in a spreadsheet (the header is row 1). A file
 * that is not CSV, names an unknown column, lacks a required one or has too many rows is one 400 "Malformed CSV"
 * problem; a caller that reads every row before writing therefore writes nothing from such a file.
 */
public final class CsvUpload {

    private static final CsvMapper CSV = new CsvMapper();

    /** The columns a file may have, spelled as the API documents them, and those it must have. */
    public record Columns(List<String> known, List<String> required) {
    }

    /** One row's cells by column name as documented; a blank cell reads as absent. */
    public record Row(int number, Map<String, String> cells) {

        public String text(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private CsvUpload() {
    }

    /** Hands each row to {@code each}, in order; what {@code each} throws goes to the caller as it is. */
    public static void read(InputStream body, Columns columns, int maxRows, Consumer<Row> each) {
        Map<String, String> byLower = columns.known().stream()
                .collect(Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), Function.identity()));
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(schema).readValues(body)) {
            checkHeader(rows.getParser().getSchema() instanceof CsvSchema s ? s : schema, columns, byLower);
            int number = 1;
            while (rows.hasNextValue()) {
                number++;
                if (number - 1 > maxRows) {
                    throw malformed("The file has more than " + maxRows + " rows; split it.");
                }
                Map<String, String> cells = new HashMap<>();
                rows.nextValue().forEach((k, v) -> cells.put(byLower.get(k.trim().toLowerCase(Locale.ROOT)), v));
                each.accept(new Row(number, cells));
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw malformed("The file is not readable CSV" + location(e) + ".");
        }
    }

    /** The problem for a file that cannot be read as the CSV asked for. */
    public static ProblemException malformed(String detail) {
        return new ProblemException(new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed CSV", 400, detail, null,
                List.of()));
    }

    private static void checkHeader(CsvSchema schema, Columns columns, Map<String, String> byLower) {
        Set<String> present = new LinkedHashSet<>();
        for (CsvSchema.Column c : schema) {
            String known = byLower.get(c.getName().trim().toLowerCase(Locale.ROOT));
            if (known == null) {
                // the name is echoed, so only letters, digits and a few marks of it
                throw malformed("Unknown column \"" + c.getName().replaceAll("[^\\p{L}\\p{N} _-]", "?")
                        + "\"; the columns are " + columns.known() + ".");
            }
            present.add(known);
        }
        List<String> missing = columns.required().stream().filter(r -> !present.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw malformed("Missing columns " + missing + ".");
        }
    }

    private static String location(Throwable e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return " (near line " + j.getLocation().getLineNr() + ")";
        }
        return e.getCause() != null ? location(e.getCause()) : "";
    }
}
