package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
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

    /**
     * The password (and the second factor's code, when the account has one and the caller sends it at once, as
     * API clients do). Wipes {@code commande.motDePasse()} before returning.
     */
    Resultat seConnecter(Commande commande);

    /**
     * The second step of a login in two pages: the code of the second factor (or a recovery code) for the login
     * {@link Resultat.SecondFacteurRequis} left waiting. An unknown or expired waiting login is
     * {@link Resultat.Refusee}.
     */
    Resultat completer(Completion completion);

    /**
     * @param codeSecondFacteur the code of the app or a recovery code, sent with the password
     */
    record Commande(NumeroAdherent numeroAdherent, char[] motDePasse, Origine origine,
                    Optional<String> codeSecondFacteur) {

        public Commande {
            Objects.requireNonNull(numeroAdherent, "numeroAdherent");
            Objects.requireNonNull(motDePasse, "motDePasse");
            Objects.requireNonNull(origine, "origine");
            Objects.requireNonNull(codeSecondFacteur, "codeSecondFacteur");
        }

        /** A login by an API client without a code. */
        public Commande(NumeroAdherent numeroAdherent, char[] motDePasse, AdresseIp ip) {
            this(numeroAdherent, motDePasse, Origine.api(ip, FamilleNavigateur.CLIENT_API), Optional.empty());
        }

        public AdresseIp ip() {
            return origine.ip();
        }

        @Override
        public String toString() {
            return "SeConnecter.Commande[numeroAdherent=" + numeroAdherent + ", ip=" + origine.ip() + "]";
        }
    }

    /** @param jetonConnexion what {@link Resultat.SecondFacteurRequis} gave */
    record Completion(String jetonConnexion, String code, Origine origine) {

        public Completion {
            Objects.requireNonNull(jetonConnexion, "jetonConnexion");
            Objects.requireNonNull(origine, "origine");
        }

        @Override
        public String toString() {
            return "SeConnecter.Completion[ip=" + origine.ip() + "]";
        }
    }

    /**
     * Where a login comes from.
     *
     * @param parNavigateur     a browser, which keeps cookies: a login from one not seen before is mailed to the
     *                          user; an API client is not followed so
     * @param appareil          the identifier the browser's cookie keeps, if it has one
     * @param sessionPrecedente the token of the session the browser still held, which the new one replaces
     */
    record Origine(AdresseIp ip, FamilleNavigateur navigateur, boolean parNavigateur, Optional<String> appareil,
                   Optional<String> sessionPrecedente) {

        public Origine {
            Objects.requireNonNull(ip, "ip");
            Objects.requireNonNull(navigateur, "navigateur");
            Objects.requireNonNull(appareil, "appareil");
            Objects.requireNonNull(sessionPrecedente, "sessionPrecedente");
        }

        public static Origine api(AdresseIp ip, FamilleNavigateur navigateur) {
            return new Origine(ip, navigateur, false, Optional.empty(), Optional.empty());
        }

        public static Origine navigateur(AdresseIp ip, FamilleNavigateur navigateur, Optional<String> appareil,
                                         Optional<String> sessionPrecedente) {
            return new Origine(ip, navigateur, true, appareil, sessionPrecedente);
        }

        @Override
        public String toString() {
            return "Origine[ip=" + ip + ", navigateur=" + navigateur + "]";
        }
    }

    sealed interface Resultat permits Resultat.Reussie, Resultat.Refusee, Resultat.Temporisee, Resultat.Suspendu,
            Resultat.SecondFacteurRequis, Resultat.SecondFacteurInvalide {

        /**
         * Logged in: a new session whose token the adapter hands to the browser (cookie) or API client (bearer).
         *
         * @param jeton             the session token in clear: given once, stored nowhere
         * @param acteur            who logged in, with what they must do before anything else
         * @param derniereConnexion the previous successful login, to show the user (empty on the first)
         * @param appareil          for a browser, the identifier its cookie is to keep (the one it sent, or a new one)
         */
        record Reussie(String jeton, SessionId sessionId, Acteur acteur, Optional<Instant> derniereConnexion,
                       Optional<String> appareil) implements Resultat {

            public Reussie {
                Objects.requireNonNull(jeton, "jeton");
                Objects.requireNonNull(sessionId, "sessionId");
                Objects.requireNonNull(acteur, "acteur");
                Objects.requireNonNull(derniereConnexion, "derniereConnexion");
                Objects.requireNonNull(appareil, "appareil");
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

        /**
         * Right password; the account has a second factor and no code came with it (web: the code's page, or 401
         * "connexion.second_facteur_requis"). Nothing is opened nor spent yet.
         *
         * @param jetonConnexion what {@link SeConnecter#completer} takes with the code, for
         *                       {@link ConnexionEnAttente#VALIDITE}
         */
        record SecondFacteurRequis(String jetonConnexion) implements Resultat {

            public SecondFacteurRequis {
                Objects.requireNonNull(jetonConnexion, "jetonConnexion");
            }

            @Override
            public String toString() {
                return "SecondFacteurRequis[]";
            }
        }

        /**
         * Right password, wrong code (web: the code's page again, or 401 "connexion.second_facteur_invalide").
         * Counted as a failed attempt, with the same growing delays as a wrong password.
         */
        record SecondFacteurInvalide(String jetonConnexion) implements Resultat {

            public SecondFacteurInvalide {
                Objects.requireNonNull(jetonConnexion, "jetonConnexion");
            }

            @Override
            public String toString() {
                return "SecondFacteurInvalide[]";
            }
        }
    }
}
