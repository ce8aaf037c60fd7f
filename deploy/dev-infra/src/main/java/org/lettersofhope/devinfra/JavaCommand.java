package org.lettersofhope.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds command lines for the child JVMs this module starts. */
public final class JavaCommand {

    private JavaCommand() {
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar (or classes folder) this module was loaded from. */
    public static Path devInfraLocation() {
        try {
            return Path.of(JavaCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classpath of the infrastructure JVM: this module plus the broker and PostgreSQL jars. */
    public static String infraClasspath() {
        try (InputStream in = JavaCommand.class.getResourceAsStream("infra.classpath")) {
            if (in == null) {
                throw new IllegalStateException("infra.classpath is missing: build deploy/dev-infra with Maven first");
            }
            String deps = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : deps.split(":")) {
                if (!entry.isBlank() && !Files.exists(Path.of(entry))) {
                    throw new IllegalStateException("infrastructure jar missing: " + entry + " (run ./mvnw package)");
                }
            }
            return devInfraLocation() + ":" + deps;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> infraJvm(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-Xms128m", "-Xmx1g", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", infraClasspath(), mainClass));
        cmd.addAll(args);
        return cmd;
    }
}
