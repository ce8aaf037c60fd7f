package org.lettersofhope.devinfra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The database-alone version of a write path, measured in the same run as the service: the statements the service
 * issues for one request, straight over JDBC, one durable commit each, on the benchmark's own PostgreSQL server and
 * database (its settings, its data, its indexes). Its maximum and its p99 at the service's offered rate are the
 * physical limit the service's figures are read against ({@link #ratios}). The tables it writes are shadowed: copies
 * in a schema of their own with the same columns, defaults, indexes and foreign keys, first on the search path, so
 * that the service's outbox relay does not pick up what it writes and its rows do not join the service's data.
 */
public final class DatabaseAlone {

    /** One write as the service makes it, the i-th of the load, on a connection in auto-commit off. */
    @FunctionalInterface
    public interface Write {
        void run(Connection c, int i) throws SQLException;
    }

    /** Closed-loop maximum, and the latency tail at a fixed rate (from each write's planned start to its commit). */
    public record Figures(int clients, double max, double rate, double served, double p50, double p99,
            int failed) {
    }

    static final String SCHEMA = "database_alone";

    private final String jdbcUrl;
    private final String user;

    /** @param written the tables the write inserts into or updates (shadowed); others are read where they are */
    public DatabaseAlone(String jdbcUrl, String user, String... written) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
                java.sql.Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + SCHEMA + " cascade");
            st.execute("create schema " + SCHEMA);
            for (String t : written) {
                st.execute("create table " + SCHEMA + "." + t + " (like public." + t + " including all)");
            }
            for (String t : written) {
                List<String> keys = new ArrayList<>();
                try (java.sql.ResultSet rs = st.executeQuery("select pg_get_constraintdef(oid) from pg_constraint "
                        + "where contype = 'f' and conrelid = 'public." + t + "'::regclass")) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                for (String key : keys) {
                    // a reference to another shadowed table goes to its shadow, any other to the service's table
                    String target = key.replaceFirst("(?s).*REFERENCES (\\S+?)\\(.*", "$1");
                    String table = target.replace("public.", "");
                    String schema = java.util.Arrays.asList(written).contains(table) ? SCHEMA : "public";
                    st.execute("alter table " + SCHEMA + "." + t + " add "
                            + key.replace("REFERENCES " + target + "(", "REFERENCES " + schema + "." + table + "("));
                }
            }
        }
    }

    /** The maximum over {@code clients} connections for {@code duration}, then the tail at {@code rate}. */
    public Figures measure(Write write, int clients, double rate, Duration duration) throws Exception {
        AtomicInteger next = new AtomicInteger();
        closedLoop(write, clients, Duration.ofSeconds(3), next); // warm: plans cached, pages in memory
        double max = closedLoop(write, clients, duration, next);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        int planned = openLoop(write, 32, rate, duration, next, latencies, failed);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Figures(clients, max, rate, (planned - failed.get()) / seconds, LoadClient.pct(latencies, 50),
                LoadClient.pct(latencies, 99), failed.get());
    }

    private double closedLoop(Write write, int clients, Duration duration, AtomicInteger next) throws Exception {
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean going = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                try (Connection conn = connect()) {
                    while (going.get()) {
                        once(conn, write, next.getAndIncrement());
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(duration.toMillis());
        going.set(false);
        int count = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return count / seconds;
    }

    /** Starts a write every 1/rate seconds on whichever of the connections is free; answers how many were planned. */
    private int openLoop(Write write, int connections, double rate, Duration duration, AtomicInteger next,
            List<Double> latencies, AtomicInteger failed) throws Exception {
        LinkedBlockingQueue<Long> planned = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long stop = Long.MIN_VALUE;
        java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                try (Connection conn = connect()) {
                    connected.countDown();
                    for (Long at; (at = planned.poll(2, TimeUnit.SECONDS)) != null;) {
                        if (at == stop) {
                            break;
                        }
                        try {
                            once(conn, write, next.getAndIncrement());
                            latencies.add((System.nanoTime() - at) / 1e6);
                        } catch (SQLException e) {
                            failed.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        // every connection open before the first planned start: connecting is not part of a write's latency
        connected.await(30, TimeUnit.SECONDS);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        int count = 0;
        for (long at = start; at < end; at += interval) {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            planned.add(at);
            count++;
        }
        for (int c = 0; c < connections; c++) {
            planned.add(stop);
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return count;
    }

    private void once(Connection conn, Write write, int i) throws SQLException {
        try {
            write.run(conn, i);
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl, user, "");
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("set search_path = " + SCHEMA + ", public");
        }
        c.setAutoCommit(false);
        return c;
    }

    /**
     * The lines that put a path's service figures beside the database's: served rate to the database-alone maximum,
     * and p99 to the database-alone p99 at the same offered rate (client-side on both sides: the whole request).
     */
    public static String ratios(String path, Figures db, LoadClient.Result service) {
        double p99 = LoadClient.pct(service.clientMs(), 99);
        return String.format(Locale.ROOT, "[bench] %s, database alone (same statements, one commit each, same server):"
                + " max %.0f/s at %d connections; at %.0f/s served %.0f/s, p50 %.2f ms, p99 %.2f ms%n"
                + "[bench] %s, service: at %.0f/s served %.0f/s (%d failed), client p99 %.2f ms, server p99 %.2f ms%n"
                + "[bench] %s, ratios: served / database-alone max = %.2f; p99 / database-alone p99 at %.0f/s = %.2f",
                path, db.max(), db.clients(), db.rate(), db.served(), db.p50(), db.p99(),
                path, db.rate(), service.rate(), service.failed(), p99, LoadClient.pct(service.serverMs(), 99),
                path, service.rate() / db.max(), db.rate(), p99 / db.p99());
    }
}
