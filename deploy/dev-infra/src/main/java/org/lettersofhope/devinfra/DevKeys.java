package org.lettersofhope.devinfra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs local JWTs. Made on first use on this machine and never committed: the services are
 * given the public half, {@link DevTokens} signs with the private half.
 */
public final class DevKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private DevKeys() {
    }

    /** Creates the key pair in {@code dir} unless it is there already. */
    public static void ensure(Path dir) throws IOException {
        Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
        Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        Files.createDirectories(dir);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IOException("could not make a JWT key pair", e);
        }
    }

    static PrivateKey readPrivateKey(Path pem) throws IOException {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an RSA private key: " + pem, e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem);
    }
}
