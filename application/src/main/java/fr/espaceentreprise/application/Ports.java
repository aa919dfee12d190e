package fr.espaceentreprise.application;

import fr.espaceentreprise.application.compte.GenerateurSecrets;
import fr.espaceentreprise.application.compte.PasswordHasher;
import fr.espaceentreprise.application.compte.RobustesseMotDePasse;
import fr.espaceentreprise.application.notification.MailSender;
import fr.espaceentreprise.application.notification.RedactionCourriels;
import java.time.Clock;
import java.util.Objects;

/**
 * Every outbound port {@link EspaceEntreprise} needs.
 *
 * @param stockage   what is kept, with its transactions (the persistence adapter's factory gives it whole)
 * @param hacheur    passwords and one-time codes to hashes (Argon2id in production)
 * @param robustesse whether a new password is too easy to guess
 * @param generateur tokens, codes and temporary passwords, from a cryptographic source
 * @param redaction  the text of each mail in the user's language (the mail adapter's)
 * @param mailSender hands a written mail over (SMTP, files, or the embedder's own)
 * @param horloge    every instant and every business date (échéances, dates d'effet) is read from it; its zone
 *                   is the business one, Europe/Paris in production
 */
public record Ports(Stockage stockage, PasswordHasher hacheur, RobustesseMotDePasse robustesse,
        GenerateurSecrets generateur, RedactionCourriels redaction, MailSender mailSender, Clock horloge) {

    public Ports {
        Objects.requireNonNull(stockage, "stockage").verifie();
        Objects.requireNonNull(hacheur, "hacheur");
        Objects.requireNonNull(robustesse, "robustesse");
        Objects.requireNonNull(generateur, "generateur");
        Objects.requireNonNull(redaction, "redaction");
        Objects.requireNonNull(mailSender, "mailSender");
        Objects.requireNonNull(horloge, "horloge");
    }
}
