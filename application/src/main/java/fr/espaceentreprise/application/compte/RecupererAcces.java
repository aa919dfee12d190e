package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import java.util.Objects;

/**
 * What a visitor who lost his credentials asks for; the answer is the same whether or not an account matches, so
 * nothing tells which accounts exist:
 * <ul>
 *   <li>{@link #motDePasseOublie}: a new temporary password (72 hours, single use) is mailed to the address on file
 *       of the account holding that numéro d'adhérent; the current password keeps working until the temporary one
 *       is used, so nobody can lock someone out;</li>
 *   <li>{@link #identifiantOublie}: each active account whose e-mail on file is the one typed (ignoring case) gets
 *       its numéro d'adhérent by mail, at that address.</li>
 * </ul>
 * Too many requests from one address → TropDeTentativesException; too many for one numéro or one e-mail →
 * silently no more mail (a mailbox cannot be flooded through these forms).
 */
public interface RecupererAcces {

    void motDePasseOublie(MotDePasseOublie demande);

    void identifiantOublie(IdentifiantOublie demande);

    record MotDePasseOublie(NumeroAdherent numeroAdherent, AdresseIp ip) {

        public MotDePasseOublie {
            Objects.requireNonNull(numeroAdherent, "numeroAdherent");
            Objects.requireNonNull(ip, "ip");
        }
    }

    record IdentifiantOublie(Email email, AdresseIp ip) {

        public IdentifiantOublie {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
