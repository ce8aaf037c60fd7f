package org.lettersofhope.devinfra.server;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) that keeps every mail it receives in memory, and a POP3 server to read them back: the
 * mails a service sends in the local run and in the tests end up here. An address's mailbox is read with the address
 * as login and password, once its first mail has arrived; that is what tests and a developer want, and why it listens
 * on the loopback address only.
 */
final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int pop3Port;

    private MailServer(GreenMail greenMail, int smtpPort, int pop3Port) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.pop3Port = pop3Port;
    }

    static MailServer start(int smtpPort, int pop3Port) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3Port, "127.0.0.1", ServerSetup.PROTOCOL_POP3) });
        // A mailbox comes into being only with its first mail, and one at a time: GreenMail makes a user on delivery
        // and, with authentication off, on a POP3 login too, and two of those at once for one address (a test polling
        // while the mail arrives) are not safe. With authentication on, a login before the first mail is refused
        // (Mailbox reads that as no mail yet) and every mailbox is made here, under one lock.
        greenMail.withConfiguration(GreenMailConfiguration.aConfig());
        greenMail.start();
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler((message, address) -> {
            // login and password are the address in lower case, as Mailbox logs in
            String email = address.getEmail().toLowerCase(java.util.Locale.ROOT);
            synchronized (users) {
                GreenMailUser user = users.getUserByEmail(email);
                return user != null ? user : users.createUser(email, email, email);
            }
        });
        return new MailServer(greenMail, smtpPort, pop3Port);
    }

    int smtpPort() {
        return smtpPort;
    }

    int pop3Port() {
        return pop3Port;
    }

    /** Forgets every mail received so far (a benchmark sends far more than memory should keep). */
    void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            System.err.println("[dev-infra] could not purge the mailboxes: " + e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
