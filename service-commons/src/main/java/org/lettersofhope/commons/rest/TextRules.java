package org.lettersofhope.commons.rest;

/** What free text may contain. The patterns are plain ECMA-262 too, so that the OpenAPI document can carry them. */
public final class TextRules {

    /** One line: no control characters and no markup. */
    public static final String LINE = "^[^\\x00-\\x1F\\x7F-\\x9F<>]*$";
    public static final String LINE_MESSAGE = "must not contain control characters or markup";

    /** Several lines: line breaks and tabs, but no other control characters and no markup. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F<>]*$";
    public static final String TEXT_MESSAGE = "must not contain markup or control characters other than line breaks";

    public static final String HTTPS_URL = "^https://[^\\s<>\"'\\\\]+$";
    public static final String HTTPS_URL_MESSAGE = "must be an https URL";

    private TextRules() {
    }
}
