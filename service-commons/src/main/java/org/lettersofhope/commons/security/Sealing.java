package org.lettersofhope.commons.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals values for storage (letter-service's recipient identifiers, volunteer-service's webhook signing secrets and
 * payloads). A sealed value is {@code version (1 byte) | nonce (12 bytes) | AES-256-GCM ciphertext with its 16-byte
 * tag}; the nonce is random per value and the associated data names the row and field, so a ciphertext copied into
 * another row or column does not open. The version byte names the key that sealed the value, so that after a key
 * rotation a caller can pick the retired key that still opens it.
 */
public final class Sealing {

    static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealing() {
    }

    public static byte[] seal(SecretKey key, byte[] plaintext, String context) {
        return seal(key, VERSION, plaintext, context);
    }

    /** Seals under the key of the given version (1–255), whose number leads the value. */
    public static byte[] seal(SecretKey key, int version, byte[] plaintext, String context) {
        if (version < 1 || version > 255) {
            throw new IllegalArgumentException("a key version is 1 to 255");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put((byte) version).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The version of the key a stored value names, or 0 when it is not a sealed value at all. */
    public static int version(byte[] stored) {
        return stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 ? 0 : Byte.toUnsignedInt(stored[0]);
    }

    /**
     * Opens a sealed value with the key the caller chose for its {@link #version(byte[]) version}; one changed, moved
     * or sealed under another key fails (without its content).
     */
    public static byte[] open(SecretKey key, byte[] stored, String context) {
        if (version(stored) == 0) {
            throw new IllegalStateException("not a value sealed by this service");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a sealed value does not open under the configured key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
