package org.lettersofhope.letter.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import javax.crypto.Mac;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Sealing;
import org.lettersofhope.letter.config.RecipientKeys;

/**
 * Encrypts recipients' identifiers for storage and makes the A-Number's blind index.
 * <p>
 * Values are sealed with {@link Sealing} (AES-256-GCM, the row and field as associated data). The version byte is the
 * version of the keys that sealed the value, so that after a rotation old values still open under their retired key
 * until they are sealed again.
 */
@ApplicationScoped
public class IdentifierCipher {

    @Inject
    RecipientKeys keys;

    /** Seals a value under the current keys. */
    public byte[] encrypt(String plaintext, String context) {
        return encrypt(plaintext, context, keys.current());
    }

    /** Seals a value under the given version of the keys (its number leads the value). */
    public byte[] encrypt(String plaintext, String context, RecipientKeys.Version version) {
        return Sealing.seal(version.encryption(), version.number(), plaintext.getBytes(StandardCharsets.UTF_8),
                context);
    }

    /** The version of the keys a stored value was sealed under (0: not a sealed value). */
    public static int versionOf(byte[] stored) {
        return Sealing.version(stored);
    }

    /**
     * Decrypts a stored value under the version of the keys it names, current or retired; a value changed, moved or
     * sealed under another key fails (without its content).
     */
    public String decrypt(byte[] stored, String context) {
        if (versionOf(stored) == 0) {
            throw new IllegalStateException("not an identifier sealed by this service");
        }
        RecipientKeys.Version version = keys.version(versionOf(stored)).orElseThrow(() -> new IllegalStateException(
                "an identifier is sealed under key version " + versionOf(stored) + ", which is not configured"));
        try {
            return new String(Sealing.open(version.encryption(), stored, context), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("an identifier does not decrypt under the configured key");
        }
    }

    /** HMAC-SHA256 of the normalised A-Number under the current lookup key: equal A-Numbers, equal index values. */
    public byte[] lookup(ANumber aNumber) {
        return lookup(aNumber, keys.current());
    }

    /**
     * The index values the A-Number may be stored under: the current key's first, then each retired key's (rows not
     * yet re-encrypted keep their old index value).
     */
    public List<byte[]> lookups(ANumber aNumber) {
        return keys.all().stream().map(v -> lookup(aNumber, v)).toList();
    }

    public byte[] lookup(ANumber aNumber, RecipientKeys.Version version) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(version.lookup());
            return mac.doFinal(aNumber.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
