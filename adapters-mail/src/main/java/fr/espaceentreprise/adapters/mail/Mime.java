package fr.espaceentreprise.adapters.mail;

import fr.espaceentreprise.application.notification.Courriel;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Builds the MIME form both senders deliver: multipart/alternative, plain text then HTML, UTF-8. */
final class Mime {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private Mime() {
    }

    static MimeMessage composer(Session session, InternetAddress expediteur, Courriel courriel, Instant date)
            throws MessagingException {
        MimeMessage message = new MessageMime(session, courriel.messageId());
        message.setFrom(expediteur);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(courriel.destinataire().valeur(), true));
        // Courriel already refuses a line break in its subject; a header is never given one, whoever built it.
        message.setSubject(courriel.sujet().replaceAll("[\\r\\n]+", " "), UTF_8);
        message.setSentDate(Date.from(date));
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart texte = new MimeBodyPart();
        texte.setText(courriel.texte(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(courriel.html(), UTF_8, "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(texte);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    /**
     * Reads a sender such as {@code Espace Entreprise <no-reply@example.com>} or a bare address; the display
     * name is re-encoded so that accents reach the header as RFC 2047 words.
     *
     * @throws IllegalArgumentException when it is not one valid address
     */
    static InternetAddress expediteur(String valeur) {
        try {
            InternetAddress[] adresses = InternetAddress.parse(valeur, true);
            if (adresses.length != 1 || valeur.indexOf('\r') >= 0 || valeur.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("sender must be one address, got '" + valeur + "'");
            }
            InternetAddress adresse = adresses[0];
            adresse.validate();
            return adresse.getPersonal() == null ? new InternetAddress(adresse.getAddress())
                    : new InternetAddress(adresse.getAddress(), adresse.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("sender is not a valid address: '" + valeur + "'", e);
        }
    }
}
