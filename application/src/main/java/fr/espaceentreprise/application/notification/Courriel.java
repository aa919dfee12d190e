package fr.espaceentreprise.application.notification;

import fr.espaceentreprise.domain.commun.Email;
import java.util.Objects;

/**
 * One e-mail ready to send: plain text and HTML alternatives of the same content. The subject and the Message-ID
 * go into headers, so neither may hold a line break (no header can be injected through them).
 *
 * @param messageId the stable Message-ID of the outbox message, angle brackets included ({@code <…@…>})
 */
public record Courriel(Email destinataire, String sujet, String texte, String html, String messageId) {

    public Courriel {
        Objects.requireNonNull(destinataire, "destinataire");
        Objects.requireNonNull(texte, "texte");
        Objects.requireNonNull(html, "html");
        if (Objects.requireNonNull(sujet, "sujet").isBlank() || aUnSautDeLigne(sujet)) {
            throw new IllegalArgumentException("a subject is one non-blank line");
        }
        if (!Objects.requireNonNull(messageId, "messageId").matches("<[^<>@\\s]+@[^<>@\\s]+>")) {
            throw new IllegalArgumentException("a Message-ID looks like <id@domain>, got " + messageId);
        }
    }

    private static boolean aUnSautDeLigne(String valeur) {
        return valeur.indexOf('\r') >= 0 || valeur.indexOf('\n') >= 0;
    }
}
