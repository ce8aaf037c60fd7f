package org.lettersofhope.devinfra;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Reads the mails the services sent to the infrastructure's real SMTP server, over its POP3 server, as a person's
 * mail program would: tests follow the links in them. Needs Jakarta Mail (Angus Mail) on the caller's classpath.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_\\-]+)");

    private final int pop3Port;

    private Mailbox(int pop3Port) {
        this.pop3Port = pop3Port;
    }

    public static Mailbox of(InfraState infra) {
        return new Mailbox(infra.pop3Port());
    }

    /** The mail server of a local run started with this {@code LETTERS_POP3_PORT}. */
    public static Mailbox atPop3Port(int pop3Port) {
        return new Mailbox(pop3Port);
    }

    /** One received mail: its first recipient, subject and plain text. */
    public record Mail(String to, String subject, String text) {

        /** The first link in the text. */
        public String link() {
            Matcher m = LINK.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("no link in the mail \"" + subject + "\"");
            }
            return m.group();
        }

        /** The {@code token} parameter of the first link. */
        public String token() {
            Matcher m = TOKEN.matcher(link());
            if (!m.find()) {
                throw new IllegalStateException("the link in \"" + subject + "\" has no token");
            }
            return m.group(1);
        }
    }

    /** Every mail in the address's mailbox, in the order received. */
    public List<Mail> messagesTo(String address) {
        String login = address.toLowerCase(Locale.ROOT);
        Properties props = new Properties();
        props.put("mail.pop3.connectiontimeout", "5000");
        props.put("mail.pop3.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("pop3");
            store.connect("127.0.0.1", pop3Port, login, login);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Mail> mails = new ArrayList<>();
                    for (Message m : inbox.getMessages()) {
                        Address[] to = m.getAllRecipients();
                        mails.add(new Mail(to == null || to.length == 0 ? null : to[0].toString(), m.getSubject(),
                                text(m.getContent())));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (AuthenticationFailedException e) {
            return List.of(); // the address has no mailbox until its first mail arrives
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox over POP3 on port " + pop3Port, e);
        }
    }

    /** Waits (bounded, polling) for the first mail to the address that matches. */
    public Mail await(String address, Predicate<Mail> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Mail> found = messagesTo(address).stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching mail to the address within " + timeout);
            }
            SharedInfra.sleep(50);
        }
    }

    /**
     * Waits for a mail to the address whose subject contains {@code subjectPart}: up to 30 s, longer than a service
     * goes on trying a mail server that refused it (about 15 s).
     */
    public Mail await(String address, String subjectPart) {
        return await(address, m -> m.subject() != null && m.subject().contains(subjectPart), Duration.ofSeconds(30));
    }

    /** Waits until the address has at least {@code count} mails whose subject contains {@code subjectPart}. */
    public List<Mail> awaitAll(String address, String subjectPart, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Mail> found = messagesTo(address).stream()
                    .filter(m -> m.subject() != null && m.subject().contains(subjectPart)).toList();
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            SharedInfra.sleep(50);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                String nested = text(multipart.getBodyPart(i).getContent());
                if (!nested.isEmpty()) {
                    return nested;
                }
            }
        }
        return "";
    }
}
