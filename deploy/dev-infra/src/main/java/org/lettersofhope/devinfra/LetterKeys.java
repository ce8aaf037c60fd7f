package org.lettersofhope.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The two keys letter-service protects recipients' identifiers with (one encrypts, one makes the A-Number lookup).
 * Never committed: the local run makes them on first start and keeps them with its data, so that what it encrypted
 * stays readable; tests and system tests make fresh ones.
 */
public final class LetterKeys {

    public static final String ENCRYPTION_KEY_ENV = "LETTERS_RECIPIENTS_ENCRYPTION_KEY";
    public static final String LOOKUP_KEY_ENV = "LETTERS_RECIPIENTS_LOOKUP_KEY";
    static final String FILE = "letter-recipient-keys.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    private LetterKeys() {
    }

    /** Fresh keys, as environment variables. */
    public static Map<String, String> random() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ENCRYPTION_KEY_ENV, newKey());
        env.put(LOOKUP_KEY_ENV, newKey());
        return env;
    }

    /** The keys kept in {@code dir}, made there (readable by the owner only) on first use; as environment variables. */
    public static Map<String, String> ensure(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        } else {
            Files.createDirectories(dir);
            random().forEach(p::setProperty);
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "letter-service recipient keys: losing them makes stored names and A-Numbers unreadable");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ENCRYPTION_KEY_ENV, p.getProperty(ENCRYPTION_KEY_ENV));
        env.put(LOOKUP_KEY_ENV, p.getProperty(LOOKUP_KEY_ENV));
        return env;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
