package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import java.util.Objects;

/**
 * Sends a 6-digit code to the user's e-mail address, to confirm they receive mail there (valid 10 minutes,
 * 5 attempts; drawn when the mail is sent). At most {@link DemanderCodeEmailService#LIMITE_PAR_COMPTE} per
 * account, else TropDeTentativesException. Allowed while mandatory steps are pending.
 */
public interface DemanderCodeEmail {

    void demander(Commande commande);

    record Commande(SessionAuthentifiee session, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
