package org.lettersofhope.commons.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.messaging.BackgroundWorker;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.problem.Problem;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Group commit for the public write paths: requests that arrive within a few milliseconds of each other share one
 * transaction and one durable commit, so that the disk's commit rate stops being their ceiling. Each request's work
 * runs on a committer thread, in a request context of its own carrying the caller's identity, and the request is
 * answered only after the commit that holds its work (or with its own failure). One request's failure does not fail
 * the others: the transaction is rolled back and the batch runs again without it. A failed commit runs each of its
 * requests again alone, so that every request gets the answer its own work earns.
 *
 * <pre>{@code
 * Idempotency.Outcome<R> o = groupCommit.run(() -> idempotency.once(key, "log-letter", request, R.class, ...));
 * }</pre>
 *
 * Work that is already inside a transaction, outside a request, or with group commit disabled runs at once on the
 * calling thread, as it would without this.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    @Inject
    GroupCommitConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    TransactionManager transactions;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    private final LinkedBlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final List<BackgroundWorker> committers = new ArrayList<>();
    private DistributionSummary batchSizes;
    private volatile boolean accepting;

    /** One request's work, who it is for, and where its answer goes. */
    private record Unit<T>(Supplier<T> work, SecurityIdentity identity, CompletableFuture<T> answer) {
        @SuppressWarnings("unchecked")
        void complete(Object result) {
            answer.complete((T) result);
        }
    }

    void onStart(@Observes StartupEvent event) {
        batchSizes = DistributionSummary.builder("letters.group.commit.batch.size")
                .description("Requests per shared transaction").register(metrics);
        if (!config.enabled()) {
            return;
        }
        for (int i = 0; i < config.committers(); i++) {
            BackgroundWorker w = new BackgroundWorker("group-commit-" + (i + 1), Duration.ofSeconds(1),
                    Duration.ofMillis(50), Duration.ofSeconds(2), metrics, this::commitOneBatch);
            committers.add(w);
            w.start();
        }
        accepting = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        accepting = false;
        committers.forEach(w -> w.stop(Duration.ofSeconds(5)));
        // HTTP has stopped taking requests: what is left was never begun, and its callers may retry
        for (Unit<?> u; (u = queue.poll()) != null;) {
            u.answer().completeExceptionally(new ProblemException(Problem.of(503, "Service unavailable",
                    "The service is stopping; send the request again.")));
        }
    }

    /** Runs {@code work} in a transaction shared with other requests, answering once it has committed. */
    public <T> T run(Supplier<T> work) {
        if (!accepting || inTransaction() || !Arc.container().requestContext().isActive()) {
            return QuarkusTransaction.joiningExisting().call(work::get);
        }
        Unit<T> unit = new Unit<>(work, identities.getIdentity(), new CompletableFuture<>());
        queue.add(unit);
        committers.forEach(BackgroundWorker::wake);
        try {
            return unit.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One round of a committer: takes what is queued (waiting up to the window to fill up) and commits it. */
    private boolean commitOneBatch() throws InterruptedException {
        Unit<?> first = queue.poll();
        if (first == null) {
            return false;
        }
        List<Unit<?>> batch = new ArrayList<>(config.maxBatch());
        batch.add(first);
        long deadline = System.nanoTime() + config.window().toNanos();
        while (batch.size() < config.maxBatch()) {
            queue.drainTo(batch, config.maxBatch() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= config.maxBatch() || left <= 0) {
                break;
            }
            Unit<?> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
            }
        }
        commit(batch);
        return true;
    }

    private void commit(List<Unit<?>> batch) {
        List<Unit<?>> pending = new ArrayList<>(batch);
        while (!pending.isEmpty()) {
            List<Object> results = new ArrayList<>(pending.size());
            Unit<?> failed = null;
            RuntimeException failure = null;
            try {
                transactions.begin(); // not QuarkusTransaction: its begin needs a request context
                for (Unit<?> u : pending) {
                    try {
                        results.add(inContextOf(u));
                    } catch (RuntimeException e) {
                        failed = u;
                        failure = e;
                        break;
                    }
                }
                if (failed != null && conflict(failure) && pending.size() > 1) {
                    // a deadlock or serialization failure may be the batch's doing (it holds more locks, longer)
                    transactions.rollback();
                    pending.forEach(u -> commit(List.of(u)));
                    return;
                }
                if (failed != null) {
                    transactions.rollback();
                    failed.answer().completeExceptionally(failure);
                    pending.remove(failed);
                    continue; // the others again, without it
                }
                transactions.commit();
            } catch (Exception e) {
                rollbackQuietly();
                if (pending.size() == 1) {
                    pending.get(0).answer().completeExceptionally(e instanceof RuntimeException r ? r
                            : new IllegalStateException("the transaction could not commit", e));
                } else {
                    LOG.debugf("a shared commit of %d requests failed (%s): each runs again alone", pending.size(),
                            e.getClass().getSimpleName());
                    pending.forEach(u -> commit(List.of(u)));
                }
                return;
            }
            batchSizes.record(pending.size());
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).complete(results.get(i));
            }
            return;
        }
    }

    /** The work of one request, as that caller, flushed so that its own constraint failures are its own. */
    private Object inContextOf(Unit<?> u) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            identities.setIdentity(u.identity());
            Object result = u.work().get();
            em.flush();
            return result;
        } finally {
            requestContext.terminate();
        }
    }

    /** A deadlock or serialization failure: no fault of the request's own. */
    static boolean conflict(Throwable e) {
        return SqlStates.any(e, Set.of(SqlStates.SERIALIZATION_FAILURE, SqlStates.DEADLOCK_DETECTED));
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (jakarta.transaction.SystemException e) {
            return false;
        }
    }

    private void rollbackQuietly() {
        try {
            if (inTransaction()) {
                transactions.rollback();
            }
        } catch (Exception ignored) {
            // nothing left to undo
        }
    }
}
