package org.lettersofhope.commons.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The shape of an API key: {@code loh_<key id as 32 hex digits>_<secret>}. The id finds the key; the secret, 256
 * random bits, proves it. Only the secret's SHA-256 is kept anywhere.
 */
public final class ApiKeySecrets {

    private static final String PREFIX = "loh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    public record Parsed(UUID keyId, String secret) {
    }

    public record NewKey(UUID keyId, String plaintext, String secretSha256) {
    }

    public static NewKey generate() {
        UUID id = UUID.randomUUID();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new NewKey(id, PREFIX + id.toString().replace("-", "") + "_" + secret, sha256(secret));
    }

    public static Optional<Parsed> parse(String key) {
        if (key == null || key.length() < PREFIX.length() + 34 || key.length() > 128 || !key.startsWith(PREFIX)
                || key.charAt(PREFIX.length() + 32) != '_') {
            return Optional.empty();
        }
        String hex = key.substring(PREFIX.length(), PREFIX.length() + 32);
        if (!hex.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        return Optional.of(new Parsed(id, key.substring(PREFIX.length() + 33)));
    }

    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so response timing tells nothing about how close a guess was. */
    public static boolean matches(String secret, String expectedSha256) {
        return MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
                expectedSha256.getBytes(StandardCharsets.US_ASCII));
    }
}
