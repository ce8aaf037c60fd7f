package org.lettersofhope.devinfra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 JWTs with the local key pair, for tests and for a developer calling protected endpoints. Also a command:
 * {@code deploy/local/token --role coordinator [--role headquarters] [--subject ID] [--chapter ID] [--hours N]}.
 */
public final class DevTokens {

    /** The issuer every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "urn:lettersofhope:local";

    /** The audience every service expects by default ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "urn:lettersofhope:api";

    private DevTokens() {
    }

    public static String sign(Path privateKeyPem, String subject, List<String> roles, String chapterId,
            Duration lifetime) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(ISSUER))
                .append(",\"aud\":").append(json(AUDIENCE))
                .append(",\"sub\":").append(json(subject))
                .append(",\"upn\":").append(json(subject))
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()))
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(lifetime).getEpochSecond())
                .append(",\"groups\":[");
        for (int i = 0; i < roles.size(); i++) {
            claims.append(i == 0 ? "" : ",").append(json(roles.get(i)));
        }
        claims.append(']');
        if (chapterId != null) {
            claims.append(",\"chapter_id\":").append(json(chapterId));
        }
        claims.append('}');
        return signClaims(privateKeyPem, claims.toString());
    }

    /** Signs the given claims (a JSON object) as they are: for tests of what the services refuse. */
    public static String signClaims(Path privateKeyPem, String claimsJson) {
        try {
            PrivateKey key = DevKeys.readPrivateKey(privateKeyPem);
            String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claimsJson);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a local token", e);
        }
    }

    public static void main(String[] args) {
        String keyDir = System.getenv().getOrDefault("LETTERS_DATA_DIR", "deploy/local/.data");
        List<String> roles = new ArrayList<>();
        String subject = null;
        String chapter = null;
        long hours = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> roles.add(args[++i]);
                case "--subject" -> subject = args[++i];
                case "--chapter" -> chapter = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                case "--data-dir" -> keyDir = args[++i];
                default -> {
                    System.err.println("usage: token --role volunteer|coordinator|headquarters|admin [--role …] "
                            + "[--subject ID] [--chapter ID] [--hours N] [--data-dir DIR]\n"
                            + "  headquarters: --role coordinator --role headquarters (no --chapter)\n"
                            + "  a chapter's coordinator: --role coordinator --chapter ID");
                    System.exit(2);
                }
            }
        }
        if (roles.isEmpty()) {
            roles.add("coordinator");
        }
        Path key = Path.of(keyDir, "keys", DevKeys.PRIVATE_KEY_FILE);
        if (!key.toFile().exists()) {
            System.err.println("no local key at " + key + ": start the system once with deploy/local/up");
            System.exit(1);
        }
        System.out.println(sign(key, subject == null ? UUID.randomUUID().toString() : subject, roles, chapter,
                Duration.ofHours(hours)));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
