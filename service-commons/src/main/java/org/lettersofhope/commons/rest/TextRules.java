package org.lettersofhope.commons.rest;

import org.lettersofhope.shared.event.Regions;

/**
 * What free text and codes in requests may contain, the same in every service: every free-text field's constraint is
 * {@link #LINE}, {@link #TEXT} or {@link #MARKDOWN} (or a narrower pattern of letters and digits). The patterns are
 * plain ECMA-262 too, so that the OpenAPI document can carry them next to the Bean Validation constraint that
 * enforces them.
 * <p>
 * Besides control characters and markup, free text never holds characters that change how text reads without being
 * seen ({@link #HIDDEN}): bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
 * letter marks U+200E, U+200F, U+061C), which can make a title or note read differently from what it holds; zero-width
 * spaces and the byte-order mark (U+200B, U+FEFF, U+2060); line and paragraph separators (U+2028, U+2029), which break
 * lines where only \n may; the soft hyphen and the other format characters (Unicode category Cf) of the Basic
 * Multilingual Plane. The zero-width non-joiner and joiner (U+200C, U+200D) are the one exception, in multi-line text
 * only: Persian, Dari, Pashto and Indic scripts need them to be spelt right, and emoji use them.
 */
public final class TextRules {

    /** Invisible format characters, as the inside of a regular expression character class. */
    public static final String HIDDEN = "\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u180E"
            + "\\u200B\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB";
    /** Zero-width non-joiner and joiner: allowed in multi-line text (see above), not in one line. */
    public static final String JOINERS = "\\u200C\\u200D";

    /** One line: no control or invisible formatting characters and no markup. */
    public static final String LINE = "^[^\\x00-\\x1F\\x7F-\\x9F" + HIDDEN + JOINERS + "<>]*$";
    public static final String LINE_MESSAGE = "must not contain control characters, invisible or bidirectional "
            + "formatting characters, or markup";

    /** Several lines: line breaks and tabs, but no other control or invisible formatting characters and no markup. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F" + HIDDEN + "<>]*$";
    public static final String TEXT_MESSAGE = "must not contain markup, invisible or bidirectional formatting "
            + "characters, or control characters other than line breaks";

    /** Markdown: as {@link #TEXT}, but {@code >} is allowed (for block quotes); {@code <} is not (no raw HTML). */
    public static final String MARKDOWN = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F" + HIDDEN + "<]*$";

    /** An https URL of printable ASCII (anything else percent-encoded), without quotes, spaces, {@code <>} or \\. */
    public static final String HTTPS_URL = "^https://[!#-&(-;=?-\\[\\]-~]+$";
    public static final String HTTPS_URL_MESSAGE = "must be an https URL of printable ASCII characters (percent-encode "
            + "others)";

    /** A BCP 47 language tag such as {@code es}, {@code pt-BR} or {@code zh-Hant}. */
    public static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$";
    public static final String LANGUAGE_MESSAGE = "must be a language tag such as es or pt-BR";

    public static final String REGION = Regions.PATTERN;
    public static final String REGION_MESSAGE = "must be an ISO 3166-2 code such as US-CA";

    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private static final java.util.regex.Pattern ONE_LINE = java.util.regex.Pattern.compile(LINE);
    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile(TEXT);

    private TextRules() {
    }

    /** Whether the text keeps to {@link #LINE} (or, multi-line, {@link #TEXT}); for checks outside annotations. */
    public static boolean isPlain(String text, boolean multiLine) {
        return text == null || (multiLine ? LINES : ONE_LINE).matcher(text).matches();
    }
}
