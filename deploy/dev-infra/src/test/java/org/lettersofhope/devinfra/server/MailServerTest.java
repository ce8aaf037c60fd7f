package org.lettersofhope.devinfra.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.Mailbox;

/** The mail server takes mail over real SMTP and the Mailbox client reads it back over POP3, per address. */
class MailServerTest {

    @Test
    void aMailSentOverSmtpIsReadBackFromItsRecipientsMailboxOnly() throws Exception {
        try (MailServer server = MailServer.start(freePort(), freePort())) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", Integer.toString(server.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("no-reply@lettersofhope.test"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.org"));
            message.setSubject("Confirm your sign-up");
            // Long enough that SMTP clients wrap or encode it: the reader must give back the link whole.
            message.setText("Hola Ana, confirm here:\nhttp://localhost:3000/confirm/sign-up?token=" + "x".repeat(90)
                    + "\nGracias — Letters of Hope", "UTF-8");
            Transport.send(message);

            Mailbox mailbox = Mailbox.of(new InfraState(1, 1, 0, "postgres", "", Path.of("k"), Path.of("k"),
                    server.smtpPort(), server.pop3Port()));
            Mailbox.Mail mail = mailbox.await("ANA@example.org", "Confirm");
            assertEquals("ana@example.org", mail.to());
            assertEquals("x".repeat(90), mail.token());
            assertTrue(mail.text().contains("Gracias — Letters of Hope"), mail.text());
            assertEquals(List.of(), mailbox.messagesTo("someone.else@example.org"));
        }
    }

    @Test
    void mailsToNewAddressesArriveWholeWhileTheirMailboxesArePolled() throws Exception {
        try (MailServer server = MailServer.start(freePort(), freePort())) {
            Mailbox mailbox = Mailbox.of(new InfraState(1, 1, 0, "postgres", "", Path.of("k"), Path.of("k"),
                    server.smtpPort(), server.pop3Port()));
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", Integer.toString(server.smtpPort()));
            Session session = Session.getInstance(props);
            int addresses = 8;
            int each = 4;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            java.util.concurrent.atomic.AtomicBoolean sending = new java.util.concurrent.atomic.AtomicBoolean(true);
            try {
                // readers log in to each address before, during and after its first mails: the race a test makes
                List<java.util.concurrent.Future<?>> polls = new java.util.ArrayList<>();
                for (int a = 0; a < addresses; a++) {
                    String to = "racer" + a + "@example.org";
                    polls.add(pool.submit(() -> {
                        while (sending.get()) {
                            mailbox.messagesTo(to);
                        }
                        return null;
                    }));
                }
                List<java.util.concurrent.Future<?>> sends = new java.util.ArrayList<>();
                for (int a = 0; a < addresses; a++) {
                    for (int n = 0; n < each; n++) {
                        String to = (n % 2 == 0 ? "Racer" : "racer") + a + "@Example.org"; // any letter case
                        String subject = "Mail " + n;
                        sends.add(pool.submit(() -> {
                            MimeMessage message = new MimeMessage(session);
                            message.setFrom(new InternetAddress("no-reply@lettersofhope.test"));
                            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                            message.setSubject(subject);
                            message.setText("hello");
                            Transport.send(message);
                            return null;
                        }));
                    }
                }
                for (var f : sends) {
                    f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
                sending.set(false);
                for (var f : polls) {
                    f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                sending.set(false);
                pool.shutdownNow();
            }
            // a login before the first mail finds nothing, and is no error
            assertEquals(List.of(), mailbox.messagesTo("nobody.yet@example.org"));
            for (int a = 0; a < addresses; a++) {
                assertEquals(each, mailbox.messagesTo("racer" + a + "@example.org").size(), "racer" + a);
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
