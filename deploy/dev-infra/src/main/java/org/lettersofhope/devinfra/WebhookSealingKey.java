package org.lettersofhope.devinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The key volunteer-service seals webhook signing secrets with. Never committed: the local run makes it on first
 * start and keeps it with its data (so subscriptions keep signing after a restart); tests make fresh ones.
 */
public final class WebhookSealingKey {

    public static final String ENV = "LETTERS_WEBHOOKS_SEALING_KEY";
    static final String FILE = "webhook-sealing-key";

    private WebhookSealingKey() {
    }

    public static Map<String, String> random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of(ENV, Base64.getEncoder().encodeToString(key));
    }

    /** The key kept in {@code dir}, made there (readable by the owner only) on first use; as an environment variable. */
    public static Map<String, String> ensure(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            Files.writeString(file, random().get(ENV));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        return Map.of(ENV, Files.readString(file).strip());
    }
}
