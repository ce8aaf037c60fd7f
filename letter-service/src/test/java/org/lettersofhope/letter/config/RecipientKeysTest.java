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

    static final String KEY_C = Base64.getEncoder().encodeToString("abcdef0123456789abcdef0123456789".getBytes());
    static final String KEY_D = Base64.getEncoder().encodeToString("ABCDEF0123456789ABCDEF0123456789".getBytes());

    @Test
    void retiredVersionsOpenBesideTheCurrentOneWhichComesFirst() {
        RecipientKeys keys = new RecipientKeys(Optional.of(KEY_A), Optional.of(KEY_B), 3,
                Optional.of(" 1:" + KEY_C + ":" + KEY_D + " , 2:" + KEY_D + ":" + KEY_C));
        assertTrue(keys.current().number() == 3);
        assertTrue(keys.all().stream().map(RecipientKeys.Version::number).toList().equals(java.util.List.of(3, 1, 2)));
        assertTrue(keys.version(1).isPresent() && keys.version(2).isPresent());
        assertFalse(keys.version(4).isPresent());
    }

    @Test
    void unusableRotationSettingsStopTheStartWithoutShowingAKey() {
        for (String retired : new String[] { "1:" + KEY_C, "x:" + KEY_C + ":" + KEY_D, "3:" + KEY_C + ":" + KEY_D,
                "1:" + KEY_C + ":" + KEY_D + ",1:" + KEY_D + ":" + KEY_C, "1:" + KEY_C + ":" + KEY_C,
                "1:short:" + KEY_D }) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new RecipientKeys(Optional.of(KEY_A), Optional.of(KEY_B), 3, Optional.of(retired)),
                    retired);
            assertTrue(e.getMessage().contains("letters.recipients.retired-keys"), e.getMessage());
            assertFalse(e.getMessage().contains(KEY_C) || e.getMessage().contains(KEY_D), e.getMessage());
        }
        assertThrows(IllegalStateException.class,
                () -> new RecipientKeys(Optional.of(KEY_A), Optional.of(KEY_B), 0, Optional.empty()));
        assertThrows(IllegalStateException.class,
                () -> new RecipientKeys(Optional.of(KEY_A), Optional.of(KEY_B), 256, Optional.empty()));
    }
}
