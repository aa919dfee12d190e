package fr.espaceentreprise.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** A received or written e-mail, read back part by part for the assertions. */
final class MessageLu {

    final MimeMessage message;
    final String texte;
    final String html;

    MessageLu(MimeMessage message) throws MessagingException, IOException {
        this.message = message;
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        Multipart alternatives = (Multipart) message.getContent();
        assertEquals(2, alternatives.getCount());
        this.texte = partie(alternatives.getBodyPart(0), "text/plain");
        this.html = partie(alternatives.getBodyPart(1), "text/html");
    }

    private static String partie(BodyPart partie, String type) throws MessagingException, IOException {
        ContentType contentType = new ContentType(partie.getContentType());
        assertTrue(contentType.match(type), partie.getContentType());
        assertEquals("utf-8", contentType.getParameter("charset").toLowerCase(java.util.Locale.ROOT));
        return ((String) partie.getContent()).replace("\r\n", "\n");
    }

    String entete(String nom) throws MessagingException {
        return message.getHeader(nom, ",");
    }
}
