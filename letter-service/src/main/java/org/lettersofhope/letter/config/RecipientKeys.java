package org.lettersofhope.letter.config;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The two keys that protect recipients' identifiers, from configuration only (never from the repository): one
 * encrypts full names and A-Numbers, the other makes the A-Number's blind index, so that the index reveals nothing
 * even to someone who learns the encryption key's use. Both are base64 of 32 random bytes and must differ. Read at
 * start-up: the service does not start without them.
 */
@Startup
@ApplicationScoped
public class RecipientKeys {

    public static final String ENCRYPTION_KEY = "letters.recipients.encryption-key";
    public static final String LOOKUP_KEY = "letters.recipients.lookup-key";

    private final SecretKey encryption;
    private final SecretKey lookup;

    @Inject
    public RecipientKeys(@ConfigProperty(name = ENCRYPTION_KEY) Optional<String> encryptionKey,
            @ConfigProperty(name = LOOKUP_KEY) Optional<String> lookupKey) {
        byte[] enc = decode(ENCRYPTION_KEY, "LETTERS_RECIPIENTS_ENCRYPTION_KEY", encryptionKey);
        byte[] mac = decode(LOOKUP_KEY, "LETTERS_RECIPIENTS_LOOKUP_KEY", lookupKey);
        if (MessageDigest.isEqual(enc, mac)) {
            throw new IllegalStateException(LOOKUP_KEY + " must differ from " + ENCRYPTION_KEY
                    + ": the A-Number lookup needs a key of its own");
        }
        this.encryption = new SecretKeySpec(enc, "AES");
        this.lookup = new SecretKeySpec(mac, "HmacSHA256");
    }

    public SecretKey encryption() {
        return encryption;
    }

    public SecretKey lookup() {
        return lookup;
    }

    /** The key's bytes, or a start-up failure that says which setting is missing or wrong (never its value). */
    static byte[] decode(String property, String environmentVariable, Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            throw new IllegalStateException(property + " is not set: give letter-service the environment variable "
                    + environmentVariable + " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`). "
                    + "Recipients' names and A-Numbers cannot be protected without it.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.get().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " (" + environmentVariable + ") is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " (" + environmentVariable + ") must be 32 bytes, base64 "
                    + "encoded; it is " + key.length + " bytes");
        }
        return key;
    }
}
