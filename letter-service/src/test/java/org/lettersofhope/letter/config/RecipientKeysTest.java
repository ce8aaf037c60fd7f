package org.lettersofhope.letter.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Without its keys, or with unusable ones, letter-service refuses to start and says which setting to fix. */
class RecipientKeysTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void missingKeysStopTheStartNamingTheEnvironmentVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RecipientKeys(Optional.empty(), Optional.of(KEY_B)));
        assertTrue(e.getMessage().contains("LETTERS_RECIPIENTS_ENCRYPTION_KEY"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> new RecipientKeys(Optional.of(KEY_A), Optional.of(" ")));
        assertTrue(e.getMessage().contains("LETTERS_RECIPIENTS_LOOKUP_KEY"), e.getMessage());
    }

    @Test
    void shortMalformedOrSharedKeysStopTheStartWithoutShowingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RecipientKeys(Optional.of(shortKey), Optional.of(KEY_B)));
        assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
        assertFalse(e.getMessage().contains(shortKey));
        assertThrows(IllegalStateException.class, () -> new RecipientKeys(Optional.of("not base64!"), Optional.of(KEY_B)));
        e = assertThrows(IllegalStateException.class, () -> new RecipientKeys(Optional.of(KEY_A), Optional.of(KEY_A)));
        assertTrue(e.getMessage().contains("must differ"), e.getMessage());
    }
}
