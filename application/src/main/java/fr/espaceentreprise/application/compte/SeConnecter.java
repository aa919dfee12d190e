package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Login with a numéro d'adhérent and a password. An unknown numéro (a deleted account's included), a wrong
 * password and an account whose access is closed all get the same {@link Resultat.Refusee}, after about the same
 * time. A suspended account gets {@link Resultat.Suspendu}, but only after its right password: the holder learns
 * why he cannot log in, nobody else learns anything.
 */
public interface SeConnecter {

    /** Wipes {@code commande.motDePasse()} before returning. */
    Resultat seConnecter(Commande commande);

    record Commande(NumeroAdherent numeroAdherent, char[] motDePasse, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(numeroAdherent, "numeroAdherent");
            Objects.requireNonNull(motDePasse, "motDePasse");
            Objects.requireNonNull(ip, "ip");
        }

        @Override
        public String toString() {
            return "SeConnecter.Commande[numeroAdherent=" + numeroAdherent + ", ip=" + ip + "]";
        }
    }

    /** Reussie, Refusee or Temporisee. */
    sealed interface Resultat permits Resultat.Reussie, Resultat.Refusee, Resultat.Temporisee, Resultat.Suspendu {

        /**
         * Logged in: a new session whose token the adapter hands to the browser (cookie) or API client (bearer).
         *
         * @param jeton             the session token in clear: given once, stored nowhere
         * @param acteur            who logged in, with what they must do before anything else
         * @param derniereConnexion the previous successful login, to show the user (empty on the first)
         */
        record Reussie(String jeton, SessionId sessionId, Acteur acteur, Optional<Instant> derniereConnexion)
                implements Resultat {

            public Reussie {
                Objects.requireNonNull(jeton, "jeton");
                Objects.requireNonNull(sessionId, "sessionId");
                Objects.requireNonNull(acteur, "acteur");
                Objects.requireNonNull(derniereConnexion, "derniereConnexion");
            }

            public Set<EtapeObligatoire> etapesEnAttente() {
                return acteur.etapesEnAttente();
            }

            @Override
            public String toString() {
                return "Reussie[sessionId=" + sessionId + ", etapesEnAttente=" + etapesEnAttente() + "]";
            }
        }

        /** Wrong numéro d'adhérent or password — the answer never says which (web: 401). */
        record Refusee() implements Resultat {
        }

        /**
         * Right password, but the back office suspended the account: the user is to contact the Centre relations
         * clients (web: 403, code "compte.suspendu"). Counted as a failed attempt all the same.
         */
        record Suspendu() implements Resultat {
        }

        /**
         * Too many attempts on this account or from this address: try again after {@code reessayerApres}
         * (web: 429 with Retry-After). Given for unknown numéros exactly as for real accounts.
         */
        record Temporisee(Duration reessayerApres) implements Resultat {

            public Temporisee {
                Objects.requireNonNull(reessayerApres, "reessayerApres");
            }
        }
    }
}
