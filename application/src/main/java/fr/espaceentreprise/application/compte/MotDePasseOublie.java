package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import java.util.Objects;

/**
 * "Mot de passe oublié": a new temporary password (72 hours, single use) is mailed to the address on file of
 * the account holding that numéro d'adhérent. The answer is the same whether or not such an account exists; the
 * current password keeps working until the temporary one is used, so nobody can lock someone out. Too many
 * requests from one address → TropDeTentativesException; too many for one numéro → silently no more mail.
 */
public interface MotDePasseOublie {

    void demander(Commande commande);

    record Commande(NumeroAdherent numeroAdherent, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(numeroAdherent, "numeroAdherent");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
