package org.lettersofhope.letter.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.letter.config.RecipientKeys;

/**
 * Encrypts recipients' identifiers for storage and makes the A-Number's blind index.
 * <p>
 * A stored value is {@code version (1 byte) | nonce (12 bytes) | AES-256-GCM ciphertext with its 16-byte tag}. The
 * nonce is random per value. The associated data names the row and the field, so a ciphertext copied into another
 * row or column does not decrypt. The version byte is the version of the keys that sealed the value, so that after a
 * rotation old values still open under their retired key until they are sealed again.
 */
@ApplicationScoped
public class IdentifierCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RecipientKeys keys;

    /** Seals a value under the current keys. */
    public byte[] encrypt(String plaintext, String context) {
        return encrypt(plaintext, context, keys.current());
    }

    /** Seals a value under the given version of the keys (its number leads the value). */
    public byte[] encrypt(String plaintext, String context, RecipientKeys.Version version) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, version.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put((byte) version.number()).put(nonce)
                    .put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The version of the keys a stored value was sealed under. */
    public static int versionOf(byte[] stored) {
        return stored == null || stored.length == 0 ? 0 : Byte.toUnsignedInt(stored[0]);
    }

    /**
     * Decrypts a stored value under the version of the keys it names, current or retired; a value changed, moved or
     * sealed under another key fails (without its content).
     */
    public String decrypt(byte[] stored, String context) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("not an identifier sealed by this service");
        }
        RecipientKeys.Version version = keys.version(versionOf(stored)).orElseThrow(() -> new IllegalStateException(
                "an identifier is sealed under key version " + versionOf(stored) + ", which is not configured"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, version.encryption(), new GCMParameterSpec(TAG_BITS, stored, 1,
                    NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("an identifier does not decrypt under the configured key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
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
