package org.lettersofhope.commons.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The free-text rules every service's request fields use. */
class TextRulesTest {

    static boolean matches(String pattern, String text) {
        return Pattern.compile(pattern).matcher(text).matches();
    }

    @Test
    void invisibleAndBidiControlCharactersAreRefusedInEveryKindOfText() {
        String[] hidden = { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200B", "\u200E", "\u200F", "\u2028", "\u2029", "\uFEFF", "\u00AD", "\u2060", "\u061C",
                "\u180E", "\u0000", "\u007F", "\u0085" };
        for (String c : hidden) {
            String text = "Letters night " + c + "gnp.exe";
            assertFalse(matches(TextRules.LINE, text), "LINE " + Integer.toHexString(c.charAt(0)));
            assertFalse(matches(TextRules.TEXT, text), "TEXT " + Integer.toHexString(c.charAt(0)));
            assertFalse(matches(TextRules.MARKDOWN, text), "MARKDOWN " + Integer.toHexString(c.charAt(0)));
        }
    }

    @Test
    void ordinaryTextOfAnyScriptIsAccepted() {
        assertTrue(matches(TextRules.TEXT, "Querida amiga,\n\tpensamos en ti. مرحبا 你好 👋🏽"));
        assertTrue(matches(TextRules.LINE, "Casa del Pueblo — sala 2"));
        // Persian needs the zero-width non-joiner to be spelt right: allowed in multi-line text, not in one line
        assertTrue(matches(TextRules.TEXT, "می\u200Cخواهم"));
        assertFalse(matches(TextRules.LINE, "می\u200Cخواهم"));
        assertFalse(matches(TextRules.LINE, "two\nlines"));
        assertTrue(matches(TextRules.MARKDOWN, "> a quote"));
        assertFalse(matches(TextRules.TEXT, "> a quote"));
    }

    @Test
    void meetingUrlsArePrintableAsciiHttps() {
        assertTrue(matches(TextRules.HTTPS_URL, "https://meet.example.org/letters-night?pwd=a1%20b#x"));
        assertFalse(matches(TextRules.HTTPS_URL, "https://meet.example.org/\u202Eevil"));
        assertFalse(matches(TextRules.HTTPS_URL, "https://meet.example.org/\u200Bx"));
        assertFalse(matches(TextRules.HTTPS_URL, "https://meet.example.org/\"x"));
        assertFalse(matches(TextRules.HTTPS_URL, "http://meet.example.org/"));
    }
}
