package org.lettersofhope.letter.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.service.ANumber;
import org.lettersofhope.letter.service.IdentifierCipher;

import io.quarkus.test.junit.QuarkusTest;

/** The sealing of identifiers: authenticated, bound to their row and column, and a deterministic lookup. */
@QuarkusTest
class IdentifierCipherTest {

    @Inject
    IdentifierCipher cipher;

    @Test
    void sealedValuesOpenOnlyInTheirOwnPlaceAndUnchanged() {
        byte[] sealed = cipher.encrypt("Ana Lucia Lopez", "recipient/1/full_name");
        assertEquals("Ana Lucia Lopez", cipher.decrypt(sealed, "recipient/1/full_name"));
        assertFalse(Arrays.equals(sealed, cipher.encrypt("Ana Lucia Lopez", "recipient/1/full_name")));
        // copied into another row or column, it does not open
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "recipient/2/full_name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "recipient/1/a_number"));
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(tampered, "recipient/1/full_name"));
        assertFalse(e.getMessage().contains("Ana"));
        byte[] otherVersion = sealed.clone();
        otherVersion[0] = 2;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(otherVersion, "recipient/1/full_name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new byte[5], "recipient/1/full_name"));
    }

    @Test
    void everySpellingOfAnANumberHasTheSameLookupAndOthersDiffer() {
        byte[] lookup = cipher.lookup(ANumber.parse("A012345678").orElseThrow());
        for (String spelling : List.of("12345678", "012345678", "A 012-345-678", "a-12-345-678")) {
            assertArrayEquals(lookup, cipher.lookup(ANumber.parse(spelling).orElseThrow()), spelling);
        }
        assertFalse(Arrays.equals(lookup, cipher.lookup(ANumber.parse("A012345679").orElseThrow())));
        assertEquals(32, lookup.length);
    }

    @Test
    void anANumberNeverShowsInItsOwnTextForm() {
        ANumber a = ANumber.parse("A123-456-789").orElseThrow();
        assertEquals("123456789", a.digits());
        assertEquals("A123456789", a.formatted());
        assertFalse(a.toString().contains("123"));
        for (String bad : Arrays.asList(null, "", "A", "A1234567", "1234567890", "A12345678X", "AA12345678",
                "A123_456_789", "１２３４５６７８９", "A123456789".repeat(3))) {
            assertTrue(ANumber.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
