package org.lettersofhope.volunteer.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.volunteer.config.ConfirmationConfig;
import org.lettersofhope.volunteer.domain.EmailConfirmation;
import org.lettersofhope.volunteer.domain.EmailConfirmationRepository;
import org.lettersofhope.volunteer.domain.EventRsvpRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * Single-use, expiring links mailed to an address. The token has 256 random bits and is shown only in the mail; the
 * database keeps its SHA-256, so a copy of the database confirms nothing.
 */
@ApplicationScoped
public class Confirmations {

    private static final Logger LOG = Logger.getLogger(Confirmations.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EmailConfirmationRepository confirmations;

    @Inject
    EventRsvpRepository rsvps;

    @Inject
    ConfirmationConfig config;

    /** Stores a new link's hash and answers its token, to be mailed and then forgotten. */
    @Transactional(Transactional.TxType.MANDATORY)
    String issue(EmailConfirmation.Purpose purpose, String email, String signUp, UUID rsvpId, Instant now) {
        String token = newToken();
        EmailConfirmation c = new EmailConfirmation();
        c.id = UUID.randomUUID();
        c.purpose = purpose;
        c.tokenSha256 = ApiKeySecrets.sha256(token);
        c.email = email;
        c.signUp = signUp;
        c.rsvpId = rsvpId;
        c.createdAt = now;
        c.expiresAt = expiry(now);
        confirmations.persist(c);
        return token;
    }

    /**
     * Uses up a link: the open confirmation with this token, deleted in the caller's transaction. An unknown, used or
     * expired token is one and the same problem, so that the answer tells nothing about which it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    EmailConfirmation take(String token, EmailConfirmation.Purpose purpose, Instant now) {
        EmailConfirmation c = confirmations.lockOpen(ApiKeySecrets.sha256(token), purpose, now)
                .orElseThrow(Confirmations::invalidToken);
        confirmations.delete(c);
        return c;
    }

    Instant expiry(Instant now) {
        return now.plus(config.lifetime());
    }

    int maxOpen() {
        return config.maxOpen();
    }

    String link(String page, String token) {
        String base = config.linkBase();
        return (base.endsWith("/") ? base : base + "/") + page + "?token=" + token;
    }

    static ProblemException invalidToken() {
        return ProblemException.invalidField("token",
                "is unknown, already used or expired; ask again for a new link");
    }

    /** Expired links and the guests' RSVPs that lapsed unconfirmed go: they hold personal data for nothing. */
    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    public void purge() {
        Instant now = Instant.now();
        long links = confirmations.deleteExpired(now);
        long lapsed = rsvps.deleteLapsed(now);
        if (links + lapsed > 0) {
            LOG.debugf("purged %d expired confirmation links and %d lapsed guest RSVPs", links, lapsed);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
