package org.lettersofhope.letter.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Sealing;
import org.lettersofhope.letter.config.RecipientKeys;

/**
 * Encrypts recipients' identifiers for storage and makes the A-Number's blind index.
 * <p>
 * Values are sealed with {@link Sealing} (AES-256-GCM, the row and field as associated data); the version byte leaves
 * room for a later key rotation.
 */
@ApplicationScoped
public class IdentifierCipher {

    @Inject
    RecipientKeys keys;

    public byte[] encrypt(String plaintext, String context) {
        return Sealing.seal(keys.encryption(), plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** Decrypts a stored value; a value changed, moved or sealed under another key fails (without its content). */
    public String decrypt(byte[] stored, String context) {
        try {
            return new String(Sealing.open(keys.encryption(), stored, context), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("an identifier does not decrypt under the configured key");
        }
    }

    /** HMAC-SHA256 of the normalised A-Number under the lookup key: equal A-Numbers, equal index values. */
    public byte[] lookup(ANumber aNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookup());
            return mac.doFinal(aNumber.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
