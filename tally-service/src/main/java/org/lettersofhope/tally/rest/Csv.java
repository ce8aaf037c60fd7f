package org.lettersofhope.tally.rest;

import java.util.List;

/** RFC 4180 CSV: CRLF line ends, fields quoted where they must be, quotes doubled. */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
        return this;
    }

    Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // A spreadsheet runs a text cell starting with these as a formula; numbers stay numbers.
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '))) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
