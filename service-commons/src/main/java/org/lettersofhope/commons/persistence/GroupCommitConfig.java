package org.lettersofhope.commons.persistence;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How public writes share transactions ({@link GroupCommit}). */
@ConfigMapping(prefix = "letters.group-commit")
public interface GroupCommitConfig {

    /** Off: each request commits on its own, as before. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long a batch waits for more requests once it has its first (not when it is already full). At 0 a batch is
     * what queued while the committers were busy with the previous ones: no wait when the service is quiet, batches
     * as large as the load makes them when it is not (the letter benchmark served as much at 3,000/s either way).
     */
    @WithDefault("PT0S")
    Duration window();

    /** Requests in one transaction at most. */
    @WithDefault("16")
    int maxBatch();

    /** Threads forming and committing batches: the database is written by as many connections at once. */
    @WithDefault("2")
    int committers();
}
