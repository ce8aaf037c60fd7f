package org.lettersofhope.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void acceptsIso3166SubdivisionCodesInAnyCase() {
        assertTrue(Regions.isValid("US-CA"));
        assertTrue(Regions.isValid("mx-bcn"));
        assertEquals("MX-BCN", Regions.normalize("mx-bcn"));
    }

    @Test
    void rejectsAnythingElse() {
        for (String bad : new String[] { null, "", "California", "US", "USA-CA", "US-CALI", "US_CA", "US-C A",
                "<b>US-CA</b>" }) {
            assertFalse(Regions.isValid(bad), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> Regions.normalize("California"));
    }
}
