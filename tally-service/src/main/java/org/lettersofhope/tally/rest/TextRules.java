package org.lettersofhope.tally.rest;

/**
 * What free text may contain (the same rule as volunteer-service's). The patterns are plain ECMA-262 too, so that
 * the OpenAPI document can carry them.
 */
final class TextRules {

    /** Several lines: line breaks and tabs, but no other control characters and no markup. */
    static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F<>]*$";
    static final String TEXT_MESSAGE = "must not contain markup or control characters other than line breaks";

    private TextRules() {
    }
}
