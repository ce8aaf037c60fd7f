package org.lettersofhope.devinfra;

import java.io.IOException;
import java.io.InputStream;

/**
 * A Java agent for the service JVMs that the local run and the system tests start: when the parent's end of this
 * JVM's standard input closes — the parent exited, even by {@code kill -9} — the service shuts down gracefully
 * instead of living on as an orphan.
 */
public final class ParentWatchAgent {

    private ParentWatchAgent() {
    }

    public static void premain(String args) {
        watchStdin(() -> {
            System.err.println("[dev-infra] parent process is gone; shutting down");
            System.exit(0);
        });
    }

    /** Runs {@code onEof} once standard input reaches its end. */
    public static void watchStdin(Runnable onEof) {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // the parent never writes; anything read is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of input
            }
            onEof.run();
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
