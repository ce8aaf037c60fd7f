package org.lettersofhope.letter;

import java.util.Map;

import org.lettersofhope.devinfra.LetterKeys;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Random recipient keys for this test JVM. Made once per JVM, so that an application restarted for a test profile
 * still reads what an earlier one encrypted.
 */
public class RecipientKeysTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> KEYS = LetterKeys.random();

    @Override
    public Map<String, String> start() {
        return Map.of("letters.recipients.encryption-key", KEYS.get(LetterKeys.ENCRYPTION_KEY_ENV),
                "letters.recipients.lookup-key", KEYS.get(LetterKeys.LOOKUP_KEY_ENV));
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
