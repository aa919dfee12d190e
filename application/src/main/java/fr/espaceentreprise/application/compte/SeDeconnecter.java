package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import java.util.Objects;

/** Logout: the session ends server-side, whatever the browser keeps. Unknown or ended sessions: nothing happens. */
public interface SeDeconnecter {

    void seDeconnecter(Commande commande);

    record Commande(String jeton, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(jeton, "jeton");
            Objects.requireNonNull(ip, "ip");
        }

        @Override
        public String toString() {
            return "SeDeconnecter.Commande[ip=" + ip + "]";
        }
    }
}
