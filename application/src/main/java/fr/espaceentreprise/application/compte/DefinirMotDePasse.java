package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import java.util.Objects;
import java.util.Set;

/**
 * The user logged in with a temporary password chooses their own, without typing a current one (they have
 * none left). Only in a session that has the step {@link EtapeObligatoire#CHANGER_MOT_DE_PASSE} pending,
 * else RegleMetierException "etape.non_attendue". Every other session of the user ends.
 * Refusals: "champ.obligatoire", "motDePasse.trop_court", "motDePasse.trop_long", "motDePasse.trop_previsible"
 * on field {@value #CHAMP}.
 */
public interface DefinirMotDePasse {

    String CHAMP = "nouveauMotDePasse";

    /**
     * Wipes {@code commande.nouveauMotDePasse()} before returning.
     *
     * @return the steps still pending in this session
     */
    Set<EtapeObligatoire> definir(Commande commande);

    record Commande(SessionAuthentifiee session, char[] nouveauMotDePasse, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(ip, "ip");
        }

        @Override
        public String toString() {
            return "DefinirMotDePasse.Commande[session=" + session.sessionId() + "]";
        }
    }
}
