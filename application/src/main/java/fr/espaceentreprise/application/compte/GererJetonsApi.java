package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The user's personal API tokens, for an HR system that calls the API without a phone at hand: named, read-only or
 * not, expiring within a year, revocable. Managed through a session only (InterditException
 * "acces.session_requise"); created only with the second factor checked in the last ten minutes
 * (InterditException "acces.reauthentification_requise"). Another user's token is "jetonApi.introuvable".
 */
public interface GererJetonsApi {

    /** Revoked and expired ones too, the newest first; never the tokens themselves. */
    List<JetonApi> lister(SessionAuthentifiee session);

    JetonCree creer(Creation creation);

    void revoquer(SessionAuthentifiee session, JetonApiId id, AdresseIp ip);

    record Creation(SessionAuthentifiee session, String nom, DroitsJeton droits, Instant expireLe, AdresseIp ip) {

        public Creation {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(ip, "ip");
        }
    }

    /** @param jeton the token in clear, shown this once */
    record JetonCree(JetonApi jetonApi, String jeton) {

        public JetonCree {
            Objects.requireNonNull(jetonApi, "jetonApi");
            Objects.requireNonNull(jeton, "jeton");
        }

        @Override
        public String toString() {
            return "JetonCree[" + jetonApi.id() + "]";
        }
    }
}
