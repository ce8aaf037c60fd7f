package org.lettersofhope.volunteer.support;

import java.time.Duration;
import java.util.List;

import org.lettersofhope.commons.testing.InfraTestResource;
import org.lettersofhope.devinfra.Mailbox;

/** The mails volunteer-service really sent, read back from the test infrastructure's SMTP server over POP3. */
public final class Mails {

    public static final String SIGN_UP = "Confirm your sign-up";
    public static final String RSVP = "Confirm your place at";
    public static final String WHEREABOUTS = ": where and when";

    private static final Mailbox BOX = Mailbox.of(InfraTestResource.infra());
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Mails() {
    }

    public static List<Mailbox.Mail> to(String address, String subjectPart) {
        return BOX.messagesTo(address).stream()
                .filter(m -> m.subject() != null && m.subject().contains(subjectPart)).toList();
    }

    public static int count(String address, String subjectPart) {
        return to(address, subjectPart).size();
    }

    /**
     * Waits for the mail after the first {@code before} of this kind to the address: up to 30 s, as long as the
     * service goes on trying a mail server that refused it (about 15 s) with room for a loaded machine.
     */
    public static Mailbox.Mail next(String address, String subjectPart, int before) {
        List<Mailbox.Mail> all = BOX.awaitAll(address, subjectPart, before + 1, WAIT);
        if (all.size() <= before) {
            throw new AssertionError("no new \"" + subjectPart + "\" mail to the address within " + WAIT.toSeconds()
                    + " s");
        }
        return all.get(before);
    }

    /** Waits for the first mail of this kind to the address. */
    public static Mailbox.Mail first(String address, String subjectPart) {
        return next(address, subjectPart, 0);
    }
}
