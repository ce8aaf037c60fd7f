package org.lettersofhope.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One normal form per address, and the look-alikes and invisible characters that are refused. */
class EmailsTest {

    /** The full-width form of printable ASCII, as some keyboards (and attackers) type it. */
    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return out.toString();
    }

    @Test
    void fullWidthAndCaseCollapseToOneAddress() {
        assertEquals("maria.lopez@example.org", Emails.normalize(fullWidth("Maria.Lopez@Example.ORG")));
        assertEquals("maria@example.org", Emails.normalize("  MARIA@example.org "));
        assertNull(Emails.problem(fullWidth("maria@example.org")));
    }

    @Test
    void internationalDomainsHaveOneFormWhicheverWayTheyAreWritten() {
        assertEquals(Emails.normalize("ana@bücher.example"), Emails.normalize("ana@xn--bcher-kva.example"));
        assertEquals("ana@bücher.example", Emails.normalize("ana@BÜCHER.example"));
        assertNull(Emails.problem("ana@bücher.example"));
        assertNull(Emails.problem("мария@пример.рф"));
        assertNull(Emails.problem("taro@例え.jp"));
    }

    @Test
    void lookAlikesMixingScriptsAreRefused() {
        // Latin "example" with a Cyrillic а, and a Latin local part with a Greek ο
        assertNotNull(Emails.problem("maria@ex\u0430mple.org"));
        assertNotNull(Emails.problem("mari\u03bf@example.org"));
        assertTrue(Emails.mixesScripts("p\u0430ypal"));
        assertFalse(Emails.mixesScripts("東京tokyo"));
    }

    @Test
    void invisibleAndMalformedAddressesAreRefused() {
        for (String bad : new String[] { "maria\u202E@example.org", "ma\u200Bria@example.org",
                "maria@example.org\uFEFF", "maria@exa\u00ADmple.org", "maria@localhost", "maria@@example.org",
                "\"maria\"@example.org", "maria@example.123", "ma..ria@example.org", ".maria@example.org",
                "maria@-example.org", "maria @example.org", "<maria>@example.org", "" }) {
            assertNotNull(Emails.problem(bad), bad);
        }
        assertNull(Emails.problem("o'brien+letters@mail.example.org"));
    }
}
