package org.offeringcompliance.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** Reads a recipient's mailbox over IMAP from the local mail server (any password: authentication is off). */
public final class Mailboxes {

    public record Received(String subject, String text) {}

    private Mailboxes() {}

    public static List<Received> of(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", "3143");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> received = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                received.add(new Received(message.getSubject(), textOf(message)));
            }
            inbox.close(false);
            return received;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("reading the mailbox of " + address, e);
        }
    }

    private static String textOf(Part part) throws MessagingException, java.io.IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
