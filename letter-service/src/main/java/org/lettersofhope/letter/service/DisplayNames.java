package org.lettersofhope.letter.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** The "First L." form of a name: all that writers ever see of the person they write to. */
public final class DisplayNames {

    /** A first name (letters, marks, apostrophes, hyphens, inner spaces), a space, one capital letter and a dot. */
    static final Pattern SHAPE = Pattern.compile("^\\p{L}[\\p{L}\\p{M}'’ -]{0,28}[\\p{L}\\p{M}]? \\p{Lu}\\.$");

    private DisplayNames() {
    }

    public static boolean isValid(String displayName) {
        return displayName != null && SHAPE.matcher(displayName).matches();
    }

    /**
     * The first word and the initial of the last: "Ana Lopez" → "Ana L.". Null when the name has no two parts to take
     * it from, or they do not make a valid display name; headquarters then gives one (e.g. for two family names).
     */
    public static String derive(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length < 2) {
            return null;
        }
        String first = parts[0];
        String initial = parts[parts.length - 1].substring(0, 1).toUpperCase(Locale.ROOT);
        String name = first + " " + initial + ".";
        return isValid(name) ? name : null;
    }
}
