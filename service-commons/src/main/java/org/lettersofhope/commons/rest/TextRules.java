package org.lettersofhope.commons.rest;

import org.lettersofhope.shared.event.Regions;

/**
 * What free text and codes in requests may contain, the same in every service. The patterns are plain ECMA-262 too,
 * so that the OpenAPI document can carry them next to the Bean Validation constraint that enforces them.
 */
public final class TextRules {

    /** One line: no control characters and no markup. */
    public static final String LINE = "^[^\\x00-\\x1F\\x7F-\\x9F<>]*$";
    public static final String LINE_MESSAGE = "must not contain control characters or markup";

    /** Several lines: line breaks and tabs, but no other control characters and no markup. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F<>]*$";
    public static final String TEXT_MESSAGE = "must not contain markup or control characters other than line breaks";

    public static final String HTTPS_URL = "^https://[^\\s<>\"'\\\\]+$";
    public static final String HTTPS_URL_MESSAGE = "must be an https URL";

    /** A BCP 47 language tag such as {@code es}, {@code pt-BR} or {@code zh-Hant}. */
    public static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$";
    public static final String LANGUAGE_MESSAGE = "must be a language tag such as es or pt-BR";

    public static final String REGION = Regions.PATTERN;
    public static final String REGION_MESSAGE = "must be an ISO 3166-2 code such as US-CA";

    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private TextRules() {
    }
}
