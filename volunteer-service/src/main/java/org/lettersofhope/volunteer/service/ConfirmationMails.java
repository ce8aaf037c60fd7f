package org.lettersofhope.volunteer.service;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.persistence.AfterCommit;
import org.lettersofhope.commons.rest.DependencyOutage;
import org.lettersofhope.volunteer.config.ConfirmationConfig;
import org.lettersofhope.volunteer.domain.CommunityEvent;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;

/**
 * The mails volunteer-service sends: links that confirm a sign-up or a guest's RSVP, and an event's whereabouts for a
 * guest who holds a place. A mail goes only once its transaction has committed, so a refused or rolled-back request
 * mails nothing. Mails name their recipient (that is their point); logs never do. The fixed wording is ASCII, so that
 * a mail without non-ASCII names travels as plain 7-bit text whose link a person (or {@code curl}) can copy whole.
 * Mails not yet handed to the relay are counted, and bounded ({@link #requireRoom}).
 */
@ApplicationScoped
public class ConfirmationMails {

    private static final Logger LOG = Logger.getLogger(ConfirmationMails.class);
    private static final Duration ATTEMPT = Duration.ofSeconds(10);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    ReactiveMailer mailer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ConfirmationConfig config;

    @Inject
    MeterRegistry metrics;

    /** Mails committed and not yet accepted by the relay, nor given up: each holds memory until then. */
    private final AtomicInteger unsent = new AtomicInteger();
    private final AtomicBoolean refusing = new AtomicBoolean();

    @PostConstruct
    void registerGauge() {
        Gauge.builder("letters_mails_unsent", unsent, AtomicInteger::get)
                .description("Mails committed but not yet accepted by the SMTP relay").register(metrics);
    }

    /**
     * Refuses (503, Retry-After) a request that would mail a link while {@code max-unsent} mails still wait for the
     * relay. Called before anything is written, so the refused request changes nothing and may simply be sent again.
     */
    void requireRoom() {
        if (unsent.get() >= config.maxUnsent()) {
            if (refusing.compareAndSet(false, true)) {
                LOG.warnf("%d mails wait for the SMTP relay: refusing requests that would mail until it catches up",
                        unsent.get());
            }
            throw new DependencyOutage.Saturated("mails waiting for the SMTP relay");
        }
        if (refusing.compareAndSet(true, false)) {
            LOG.info("the SMTP relay has caught up: taking requests that mail again");
        }
    }

    void signUp(String to, String firstName, boolean known, String link) {
        String text = "Hello " + firstName + ",\n\n"
                + "someone, we hope you, signed up to volunteer with Letters of Hope with this address. To confirm, "
                + "follow this link within " + hours(config.lifetime()) + ":\n\n" + link + "\n\n"
                + (known ? "You already have a profile with us: confirming updates it with what was sent. Anything "
                        + "left empty in the form stays as it is.\n\n"
                        : "Until you confirm, we keep what you sent only to wait for you, and will not contact you.\n\n")
                + "If it was not you, ignore this mail: nothing changes.\n\n-- Letters of Hope\n";
        send(Mail.withText(to, "Confirm your sign-up with Letters of Hope", text), "sign-up confirmation");
    }

    void rsvp(String to, String name, CommunityEvent e, String link) {
        String text = "Hello " + name + ",\n\n"
                + "someone, we hope you, asked for a place at \"" + e.title + "\" on " + when(e) + " (" + place(e)
                + "). To confirm, follow this link within " + hours(config.lifetime()) + ":\n\n" + link + "\n\n"
                + "Your place is held only once you confirm. We then send you where exactly it takes place.\n\n"
                + "If it was not you, ignore this mail: nothing changes.\n\n-- Letters of Hope\n";
        send(Mail.withText(to, "Confirm your place at " + e.title, text), "RSVP confirmation");
    }

    /** Where the event takes place, for a guest who now holds a place there. */
    void whereabouts(String to, String name, CommunityEvent e) {
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\nyour place at \"").append(e.title)
                .append("\" is confirmed.\n\nWhen: ").append(when(e)).append(" (").append(e.timeZone).append(")\n");
        if (e.venueName != null) {
            text.append("Venue: ").append(e.venueName).append('\n');
        }
        if (e.streetAddress != null) {
            text.append("Address: ").append(e.streetAddress).append(", ").append(place(e)).append('\n');
        }
        if (e.meetingUrl != null) {
            text.append("Join online: ").append(e.meetingUrl).append('\n');
        }
        text.append("\nPlease keep these details to yourself: they are shared only with the people attending.\n\n"
                + "-- Letters of Hope\n");
        send(Mail.withText(to, "Your place at " + e.title + ": where and when", text.toString()), "event details");
    }

    /** For the host alone: when the organiser joins their event, and the link to join with. */
    void introScheduled(String to, String name, CommunityEvent e) {
        String text = "Hello " + name + ",\n\nan organiser will join \"" + e.title + "\" by video for a short "
                + "introduction.\n\nWhen: " + WHEN.format(e.introAt.atZone(ZoneId.of(e.timeZone))) + " ("
                + e.timeZone + ")\nLink: " + e.introMeetingUrl + "\n\nThe link is for you, the host: please open it "
                + "on the screen your guests will see.\n\n-- Letters of Hope\n";
        send(Mail.withText(to, "Organiser introduction at " + e.title, text), "organiser introduction");
    }

    private void send(Mail mail, String kind) {
        // A mail server that refuses one connection under load (seen in the system tests: one of twelve links at
        // once) is asked again, a few times over about fifteen seconds, before the mail is given up.
        // An attempt still unanswered after 10 s is given up and tried again: in CI one attempt after a 421 never
        // completed, and the mail never came. (Should it complete after all, the mail goes twice: the lesser harm.)
        AfterCommit.run(transactions, () -> {
            unsent.incrementAndGet();
            mailer.send(mail)
                    .ifNoItem().after(ATTEMPT).fail()
                    .onFailure().invoke(failure -> LOG.infof("a %s mail was not accepted (%s); trying again", kind,
                            reason(failure)))
                    .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).atMost(5)
                    .onTermination().invoke(unsent::decrementAndGet)
                    .subscribe().with(ok -> {
                    }, failure -> LOG.warnf("a %s mail could not be sent: %s", kind, reason(failure)));
        });
    }

    /** What went wrong, without the server's reply text: that may quote the recipient's address. */
    private static String reason(Throwable failure) {
        return failure instanceof SMTPException smtp
                ? "SMTP reply " + smtp.getReplyCode() + (smtp.isPermanent() ? ", permanent" : ", transient")
                : failure.getClass().getSimpleName();
    }

    private static String place(CommunityEvent e) {
        return e.city == null ? e.region : e.city + ", " + e.region;
    }

    private static String when(CommunityEvent e) {
        return WHEN.format(e.startsAt.atZone(ZoneId.of(e.timeZone)));
    }

    private static String hours(Duration d) {
        long h = d.toHours();
        return h >= 1 ? h + (h == 1 ? " hour" : " hours") : d.toMinutes() + " minutes";
    }
}
