package org.lettersofhope.letter.config;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * start-up: the service does not start without them. Keys rotate: the current pair has a version, and retired
 * versions still open what they sealed until {@code RecipientKeyRotation} has moved every row to the current one.
 */
@Startup
@ApplicationScoped
public class RecipientKeys {

    public static final String ENCRYPTION_KEY = "letters.recipients.encryption-key";
    public static final String LOOKUP_KEY = "letters.recipients.lookup-key";
    public static final String KEY_VERSION = "letters.recipients.key-version";
    public static final String RETIRED_KEYS = "letters.recipients.retired-keys";

    /**
     * One generation of the two keys. Its number is the first byte of every value it sealed, so a value names the
     * key that opens it.
     */
    public record Version(int number, SecretKey encryption, SecretKey lookup) {
    }

    private final Version current;
    private final Map<Integer, Version> versions = new LinkedHashMap<>();

    /** Keys of version 1 and no retired ones (a service that never rotated). */
    public RecipientKeys(Optional<String> encryptionKey, Optional<String> lookupKey) {
        this(encryptionKey, lookupKey, 1, Optional.empty());
    }

    /**
     * The current keys (they seal every new value) with their version, and the retired versions that still open
     * what they sealed until the re-encryption has moved every row on: {@code <version>:<encryption key>:<lookup
     * key>}, comma-separated, keys in base64 as above.
     */
    @Inject
    public RecipientKeys(@ConfigProperty(name = ENCRYPTION_KEY) Optional<String> encryptionKey,
            @ConfigProperty(name = LOOKUP_KEY) Optional<String> lookupKey,
            @ConfigProperty(name = KEY_VERSION, defaultValue = "1") int keyVersion,
            @ConfigProperty(name = RETIRED_KEYS) Optional<String> retiredKeys) {
        this.current = version(keyVersion, KEY_VERSION + " (LETTERS_RECIPIENTS_KEY_VERSION)",
                decode(ENCRYPTION_KEY, "LETTERS_RECIPIENTS_ENCRYPTION_KEY", encryptionKey),
                decode(LOOKUP_KEY, "LETTERS_RECIPIENTS_LOOKUP_KEY", lookupKey));
        versions.put(current.number(), current);
        for (String entry : retiredKeys.map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.split(","))
                .orElse(new String[0])) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 3) {
                throw new IllegalStateException(RETIRED_KEYS + " (LETTERS_RECIPIENTS_RETIRED_KEYS) must be "
                        + "<version>:<encryption key>:<lookup key>, comma-separated");
            }
            int number;
            try {
                number = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RETIRED_KEYS + " names a version that is not a number");
            }
            String name = RETIRED_KEYS + " version " + number;
            Version retired = version(number, name, decode(name, "LETTERS_RECIPIENTS_RETIRED_KEYS",
                    Optional.of(parts[1])), decode(name, "LETTERS_RECIPIENTS_RETIRED_KEYS", Optional.of(parts[2])));
            if (versions.putIfAbsent(number, retired) != null) {
                throw new IllegalStateException(name + " is given twice (or is the current version)");
            }
        }
    }

    private static Version version(int number, String name, byte[] enc, byte[] mac) {
        if (number < 1 || number > 255) {
            throw new IllegalStateException(name + ": key versions are 1 to 255");
        }
        if (MessageDigest.isEqual(enc, mac)) {
            throw new IllegalStateException(LOOKUP_KEY + " must differ from " + ENCRYPTION_KEY
                    + ": the A-Number lookup needs a key of its own (" + name + ")");
        }
        return new Version(number, new SecretKeySpec(enc, "AES"), new SecretKeySpec(mac, "HmacSHA256"));
    }

    /** The keys every new value is sealed and indexed with. */
    public Version current() {
        return current;
    }

    /** The keys of a version, current or retired; empty when this service no longer (or never) had them. */
    public Optional<Version> version(int number) {
        return Optional.ofNullable(versions.get(number));
    }

    /** Every known version, the current one first: a lookup during a rotation tries each. */
    public List<Version> all() {
        return List.copyOf(versions.values());
    }

    public SecretKey encryption() {
        return current.encryption();
    }

    public SecretKey lookup() {
        return current.lookup();
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
