package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.AdresseIp;
import java.util.Objects;

/**
 * "J'ai oublié mon identifiant": each active account whose e-mail on file is the one typed (ignoring case) gets
 * its numéro d'adhérent by mail, at that address. The answer is the same whether or not any account matches.
 * Too many requests from one address → TropDeTentativesException; too many for one e-mail → silently no more mail.
 */
public interface IdentifiantOublie {

    void demander(Commande commande);

    record Commande(Email email, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
