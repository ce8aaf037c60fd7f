package org.lettersofhope.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.VolunteerRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VolunteerServiceTest {

    @Inject
    VolunteerService service;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    EntityManager em;

    static VolunteerProfile form(String email) {
        return new VolunteerProfile("Ana", "Diaz", email, null, "92101", "San Diego", "US-CA", null, Set.of("es"),
                Set.of(VolunteerRole.QUICK_NOTES), Set.of(), Set.of(), 2, Set.of(), null, true);
    }

    long outboxRowsFor(UUID volunteerId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createQuery("select count(e) from OutboxEvent e where e.aggregateId = ?1")
                .setParameter(1, volunteerId.toString()).getSingleResult());
    }

    @Test
    void registrationWritesExactlyOneOutboxEventThatTheRelayPublishes() {
        UUID id = service.register(form("ana." + UUID.randomUUID() + "@example.org"));

        assertEquals(1, outboxRowsFor(id));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select e.publishedAt from OutboxEvent e where e.aggregateId = ?1")
                        .setParameter(1, id.toString()).getSingleResult()) != null);
    }

    @Test
    void signingUpAgainEmitsNoSecondRegistration() {
        String email = "ana." + UUID.randomUUID() + "@example.org";
        UUID first = service.register(form(email));
        UUID second = service.register(form(email.toUpperCase()));

        assertEquals(first, second);
        assertEquals(1, outboxRowsFor(first));
    }

    @Test
    void aRolledBackRegistrationLeavesNeitherVolunteerNorEvent() {
        String email = "rollback." + UUID.randomUUID() + "@example.org";
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            service.upsert(form(email), null);
            throw new IllegalStateException("crash after the state change, before commit");
        }));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, volunteers.count("email", email));
            List<?> orphanEvents = em.createQuery("select e from OutboxEvent e where e.aggregateId not in "
                    + "(select cast(v.id as string) from Volunteer v) and e.eventType like '%volunteer.registered%'")
                    .getResultList();
            assertEquals(List.of(), orphanEvents);
        });
    }

    @Test
    void concurrentSignUpsWithOneEmailMakeOneVolunteer() throws Exception {
        String email = "race." + UUID.randomUUID() + "@example.org";
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.Set<UUID> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 6; i++) {
            Thread t = new Thread(() -> ids.add(service.register(form(email))));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, ids.size());
        assertEquals(1, outboxRowsFor(ids.iterator().next()));
    }
}
