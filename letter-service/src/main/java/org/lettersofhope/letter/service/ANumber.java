package org.lettersofhope.letter.service;

import java.util.Optional;

/**
 * An Alien Registration Number: an optional {@code A}, then 8 or 9 digits; spaces and dashes are ignored
 * ({@code A123-456-789}, {@code a 12345678}, {@code 123456789}). Normalised to nine digits (an 8-digit number gets a
 * leading zero). {@link #toString()} never shows it, so it cannot slip into a log line.
 */
public final class ANumber {

    /** The same rule as {@link #parse}, for Bean Validation and the OpenAPI document. */
    public static final String PATTERN = "^[- ]*[Aa]?[- ]*([0-9][- ]*){8,9}$";
    public static final String PATTERN_MESSAGE =
            "must be an A-Number: an optional A, then 8 or 9 digits (spaces and dashes are ignored)";

    private final String digits;

    private ANumber(String digits) {
        this.digits = digits;
    }

    /** The A-Number in {@code raw}, or empty when it is not one. */
    public static Optional<ANumber> parse(String raw) {
        if (raw == null || raw.length() > 20) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(12);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '-') {
                compact.append(c);
            }
        }
        String s = compact.toString();
        if (!s.isEmpty() && (s.charAt(0) == 'A' || s.charAt(0) == 'a')) {
            s = s.substring(1);
        }
        if ((s.length() != 8 && s.length() != 9) || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(new ANumber(s.length() == 8 ? "0" + s : s));
    }

    /** The nine digits. */
    public String digits() {
        return digits;
    }

    /** As shown to coordinators: {@code A012345678}. */
    public String formatted() {
        return "A" + digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ANumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "A-Number(redacted)";
    }
}
