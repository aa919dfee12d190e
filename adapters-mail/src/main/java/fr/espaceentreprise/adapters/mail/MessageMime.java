package fr.espaceentreprise.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MIME message that keeps the Message-ID it was given: Jakarta Mail would draw a new one in
 * {@code saveChanges()}, and the outbox wants the same id at every attempt so a duplicate can be recognised.
 */
final class MessageMime extends MimeMessage {

    private final String messageId;

    MessageMime(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
