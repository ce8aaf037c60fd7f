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

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
