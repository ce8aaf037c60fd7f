package org.lettersofhope.letter.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.lettersofhope.letter.config.RecipientKeys;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Moves every recipient to the current key version after a rotation: in small batches, each its own short
 * transaction, so letters, lookups and registrations go on meanwhile. A batch takes rows of older versions that
 * nobody else holds ({@code skip locked}), opens their identifiers under the retired key the value names, seals them
 * under the current key and recomputes the lookup value, leaving the row's own version (its ETag) alone. Until a row
 * is moved, its retired key still opens it and lookups try every configured key, so nothing is ever unreadable.
 */
@ApplicationScoped
public class RecipientKeyRotation {

    private static final Logger LOG = Logger.getLogger(RecipientKeyRotation.class);
    static final int BATCH = 200;

    @Schema(name = "RecipientKeyStatus")
    public record Status(
            @Schema(description = "The key version new values are sealed under") int currentVersion,
            @Schema(description = "Recipients per key version their identifiers are under") Map<Integer, Long> recipientsByVersion,
            @Schema(description = "Whether a re-encryption is running") boolean running,
            @Schema(description = "Recipients re-encrypted by the last or running re-encryption") long reEncrypted,
            @Schema(description = "When the last or running re-encryption started") Instant startedAt,
            @Schema(description = "When the last re-encryption finished") Instant finishedAt,
            @Schema(description = "Why the last re-encryption stopped early (never an identifier)") String failure) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdentifierCipher cipher;

    @Inject
    RecipientKeys keys;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong reEncrypted = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;

    /** Starts a re-encryption in the background unless one is running; answers the status either way. */
    public Status start() {
        if (running.compareAndSet(false, true)) {
            reEncrypted.set(0);
            startedAt = Instant.now();
            finishedAt = null;
            failure = null;
            Thread t = new Thread(this::run, "recipient-key-rotation");
            t.setDaemon(true);
            t.start();
        }
        return status();
    }

    public Status status() {
        Map<Integer, Long> byVersion = QuarkusTransaction.requiringNew().call(() -> {
            Map<Integer, Long> counts = new TreeMap<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select key_version, count(*) from recipient group by key_version");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getInt(1), rs.getLong(2));
                }
            }
            return counts;
        });
        return new Status(keys.current().number(), byVersion, running.get(), reEncrypted.get(), startedAt,
                finishedAt, failure);
    }

    private void run() {
        try {
            while (true) {
                int moved = batch();
                reEncrypted.addAndGet(moved);
                if (moved == 0) {
                    if (remaining() == 0) {
                        break;
                    }
                    Thread.sleep(100); // the rows left are held by writers for the moment
                }
            }
            LOG.infof("recipient identifiers re-encrypted under key version %d: %d rows", keys.current().number(),
                    reEncrypted.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (RuntimeException e) {
            // The message says which version is missing or that a value does not open; never a value.
            failure = e.getMessage();
            LOG.warnf("the re-encryption of recipient identifiers stopped: %s", e.getMessage());
        } finally {
            finishedAt = Instant.now();
            running.set(false);
        }
    }

    private record Row(UUID id, byte[] fullName, byte[] aNumber) {
    }

    /** Re-encrypts one batch of rows not under the current version; answers how many. */
    int batch() {
        RecipientKeys.Version current = keys.current();
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select id, full_name_enc, a_number_enc from recipient "
                        + "where key_version <> ? order by id limit ? for update skip locked")) {
                    ps.setInt(1, current.number());
                    ps.setInt(2, BATCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3)));
                        }
                    }
                }
                try (PreparedStatement update = c.prepareStatement("update recipient set full_name_enc = ?, "
                        + "a_number_enc = ?, a_number_lookup = ?, key_version = ? where id = ?")) {
                    for (Row row : rows) {
                        String fullNameContext = RecipientService.context(row.id(), RecipientService.FULL_NAME);
                        String aNumberContext = RecipientService.context(row.id(), RecipientService.A_NUMBER);
                        String digits = cipher.decrypt(row.aNumber(), aNumberContext);
                        update.setBytes(1, cipher.encrypt(cipher.decrypt(row.fullName(), fullNameContext),
                                fullNameContext, current));
                        update.setBytes(2, cipher.encrypt(digits, aNumberContext, current));
                        update.setBytes(3, cipher.lookup(ANumber.parse("A" + digits).orElseThrow(
                                () -> new IllegalStateException("a stored A-Number does not parse")), current));
                        update.setInt(4, current.number());
                        update.setObject(5, row.id());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
                return rows.size();
            } catch (SQLException e) {
                throw new IllegalStateException("recipients could not be re-encrypted: " + e.getMessage(), e);
            }
        });
    }

    private long remaining() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select count(*) from recipient where key_version <> ?")) {
                ps.setInt(1, keys.current().number());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
