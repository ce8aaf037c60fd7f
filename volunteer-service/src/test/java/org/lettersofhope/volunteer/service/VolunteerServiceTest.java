package org.lettersofhope.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The sign-up's state change and its event go together, at confirmation, exactly once. */
@QuarkusTest
class VolunteerServiceTest {

    @Inject
    SignUpService signUps;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    EntityManager em;

    static SignUp form(String email) {
        return new SignUp("Ana", "Diaz", email, null, "92101", "San Diego", "US-CA", null, Set.of("es"),
                Set.of(VolunteerRole.QUICK_NOTES), Set.of(), Set.of(), 2, Set.of(), null, true);
    }

    long outboxRowsFor(UUID volunteerId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createQuery("select count(e) from OutboxEvent e where e.aggregateId = ?1")
                .setParameter(1, volunteerId.toString()).getSingleResult());
    }

    /** Submits a sign-up and answers the token of the link it mailed. */
    String submitted(String email) {
        int before = Mails.count(email, Mails.SIGN_UP);
        signUps.submit(form(email));
        return Mails.next(email, Mails.SIGN_UP, before).token();
    }

    @Test
    void aConfirmationWritesExactlyOneOutboxEventThatTheRelayPublishes() {
        UUID id = signUps.confirm(submitted("ana." + UUID.randomUUID() + "@example.org")).volunteerId();

        assertEquals(1, outboxRowsFor(id));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select e.publishedAt from OutboxEvent e where e.aggregateId = ?1")
                        .setParameter(1, id.toString()).getSingleResult()) != null);
    }

    @Test
    void signingUpAgainAndConfirmingEmitsNoSecondRegistration() {
        String email = "ana." + UUID.randomUUID() + "@example.org";
        UUID first = signUps.confirm(submitted(email)).volunteerId();
        UUID second = signUps.confirm(submitted(email.toUpperCase())).volunteerId();

        assertEquals(first, second);
        assertEquals(1, outboxRowsFor(first));
    }

    @Test
    void aRolledBackConfirmationLeavesNeitherVolunteerNorEventAndKeepsTheLink() {
        String email = "rollback." + UUID.randomUUID() + "@example.org";
        String token = submitted(email);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            signUps.confirm(token);
            throw new IllegalStateException("crash after the state change, before commit");
        }));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, volunteers.count("email", email));
            List<?> orphanEvents = em.createQuery("select e from OutboxEvent e where e.aggregateId not in "
                    + "(select cast(v.id as string) from Volunteer v) and e.eventType like '%volunteer.registered%'")
                    .getResultList();
            assertEquals(List.of(), orphanEvents);
        });
        UUID id = signUps.confirm(token).volunteerId();
        assertEquals(1, outboxRowsFor(id));
    }

    @Test
    void concurrentConfirmationsForOneEmailMakeOneVolunteer() throws Exception {
        String email = "race." + UUID.randomUUID() + "@example.org";
        List<String> tokens = List.of(submitted(email), submitted(email), submitted(email));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<UUID>> calls = new ArrayList<>();
            for (String token : tokens) {
                calls.add(() -> signUps.confirm(token).volunteerId());
            }
            Set<UUID> ids = new java.util.HashSet<>();
            for (Future<UUID> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.size());
            assertEquals(1, outboxRowsFor(ids.iterator().next()));
        } finally {
            pool.shutdownNow();
        }
    }
}
