package org.lettersofhope.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * When a system test fails, prints the warnings and errors the services logged while it ran: CI keeps the build's
 * output, not {@code target/system-logs}, and a failed wait says only what did not happen, not why.
 */
public final class ServiceLogsOnFailure implements TestWatcher {

    private static final Path LOGS = SystemUnderTest.PROJECT.resolve("deploy/system-tests/target/system-logs");
    private static final Duration RECENT = Duration.ofMinutes(3);
    private static final int MAX_LINES = 40;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (!Files.isDirectory(LOGS)) {
            return;
        }
        FileTime since = FileTime.from(Instant.now().minus(RECENT));
        try (Stream<Path> files = Files.list(LOGS)) {
            for (Path log : files.filter(f -> modifiedAfter(f, since)).sorted().toList()) {
                List<String> lines;
                try (Stream<String> all = Files.lines(log)) {
                    lines = all.filter(l -> l.contains("\"level\":\"WARN\"") || l.contains("\"level\":\"ERROR\""))
                            .toList();
                }
                if (lines.isEmpty()) {
                    continue;
                }
                System.out.println("[system-logs] " + context.getDisplayName() + " failed; last warnings of "
                        + log.getFileName() + ":");
                lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size())
                        .forEach(l -> System.out.println("  " + (l.length() > 600 ? l.substring(0, 600) : l)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            System.out.println("[system-logs] could not read the service logs: " + e.getMessage());
        }
    }

    private static boolean modifiedAfter(Path file, FileTime since) {
        try {
            return Files.getLastModifiedTime(file).compareTo(since) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
