package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import java.util.Objects;

/**
 * A logged-in user replaces their password, typing the current one; every other session of theirs ends.
 * Refusals: the new password's ("champ.obligatoire", "motDePasse.trop_court", "motDePasse.trop_long",
 * "motDePasse.trop_previsible" on {@value #CHAMP_NOUVEAU}), then a wrong current password
 * (RegleMetierException "motDePasse.actuel_incorrect" on {@value #CHAMP_ACTUEL}), which counts as a failed
 * login for the throttling; while throttled, TropDeTentativesException. A pending mandatory step →
 * AccesRefuseException.
 */
public interface ChangerMotDePasse {

    String CHAMP_ACTUEL = "motDePasseActuel";
    String CHAMP_NOUVEAU = "nouveauMotDePasse";

    /** Wipes both passwords of the command before returning. */
    void changer(Commande commande);

    record Commande(SessionAuthentifiee session, char[] motDePasseActuel, char[] nouveauMotDePasse, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(ip, "ip");
        }

        @Override
        public String toString() {
            return "ChangerMotDePasse.Commande[session=" + session.sessionId() + "]";
        }
    }
}
