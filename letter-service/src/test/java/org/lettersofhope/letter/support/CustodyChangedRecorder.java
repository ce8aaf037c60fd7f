package org.lettersofhope.letter.support;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.inject.Inject;

import org.lettersofhope.letter.service.CustodyChanged;

/** Observes custody changes as the pen-pal code does, noting whether each came inside a transaction. */
@ApplicationScoped
public class CustodyChangedRecorder {

    public record Seen(CustodyChanged change, boolean inTransaction) {
    }

    private static final Queue<Seen> SEEN = new ConcurrentLinkedQueue<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    void record(@Observes CustodyChanged change) {
        SEEN.add(new Seen(change, transactions.getTransactionKey() != null));
    }

    public static List<Seen> of(UUID recipient) {
        return SEEN.stream().filter(s -> s.change().recipientId().equals(recipient)).toList();
    }
}
