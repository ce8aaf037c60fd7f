package org.lettersofhope.devinfra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a service process costs: its resident memory (Linux {@code /proc/<pid>/status}, VmRSS) and the CPU time its
 * JVM used, read from outside the process so that measuring changes nothing in it.
 */
public final class Footprint implements AutoCloseable {

    private final long pid;
    private final AtomicLong peakKib = new AtomicLong();
    private final Duration cpuAtStart;
    private final Thread sampler;
    private volatile boolean sampling = true;

    private Footprint(long pid) {
        this.pid = pid;
        this.cpuAtStart = cpu(pid);
        this.sampler = new Thread(() -> {
            while (sampling) {
                peakKib.accumulateAndGet(rssKib(pid), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "footprint-" + pid);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Samples the peak resident memory of {@code pid} every 250 ms from now, and its CPU time since now. */
    public static Footprint sample(long pid) {
        return new Footprint(pid);
    }

    /** The process's resident memory now, in KiB; 0 where {@code /proc} does not say. */
    public static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** The CPU time the process has used so far (all its threads, user and system). */
    public static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    public long peakKib() {
        return Math.max(peakKib.get(), rssKib(pid));
    }

    /** CPU time used since sampling started. */
    public Duration cpuUsed() {
        return cpu(pid).minus(cpuAtStart);
    }

    @Override
    public void close() {
        sampling = false;
        sampler.interrupt();
    }
}
