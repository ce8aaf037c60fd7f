package org.lettersofhope.shared.event;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Regions are ISO 3166-2 subdivision codes ({@code US-CA}, {@code US-TX}, {@code MX-BCN}): coarse enough to publish,
 * precise enough to count by, and the same spelling in every service.
 */
public final class Regions {

    public static final String PATTERN = "^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Regions() {
    }

    public static boolean isValid(String region) {
        return region != null && COMPILED.matcher(region).matches();
    }

    /** Upper-cases a valid code so that {@code us-ca} and {@code US-CA} count as one region. */
    public static String normalize(String region) {
        if (!isValid(region)) {
            throw new IllegalArgumentException("not an ISO 3166-2 subdivision code");
        }
        return region.toUpperCase(Locale.ROOT);
    }
}
