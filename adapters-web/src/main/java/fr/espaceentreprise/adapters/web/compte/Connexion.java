package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A login attempt, from the login page or the API. Any failure gets the same answer, whether the numéro
 * d'adhérent exists or not; too many failures are told to wait; the right password of a suspended account is told
 * to call the Centre relations clients ("compte.suspendu"). The right password of an account with a second factor
 * asks for its code ("connexion.second_facteur_requis"), which a wrong one refuses like a wrong password
 * ("connexion.second_facteur_invalide").
 */
final class Connexion {

    static final String CODE_REFUSEE = "connexion.refusee";
    static final String CODE_TEMPORISEE = "connexion.temporisee";
    static final String CODE_SUSPENDU = "compte.suspendu";
    static final String CODE_SECOND_FACTEUR_REQUIS = "connexion.second_facteur_requis";
    static final String CODE_SECOND_FACTEUR_INVALIDE = "connexion.second_facteur_invalide";

    private final SeConnecter seConnecter;

    Connexion(SeConnecter seConnecter) {
        this.seConnecter = seConnecter;
    }

    /**
     * A numéro that cannot exist, or an empty password, is refused at once and like any other failure; the
     * password is wiped whatever happens.
     */
    SeConnecter.Resultat tenter(Optional<NumeroAdherent> numero, char[] motDePasse, SeConnecter.Origine origine,
            Optional<String> codeSecondFacteur) {
        try {
            if (numero.isEmpty() || motDePasse.length == 0) {
                return new SeConnecter.Resultat.Refusee();
            }
            return seConnecter.seConnecter(new SeConnecter.Commande(numero.get(), motDePasse, origine,
                    codeSecondFacteur.filter(code -> !code.isBlank())));
        } finally {
            Arrays.fill(motDePasse, '\0');
        }
    }

    /** The code (of the app, or a recovery code) for the login {@code jetonConnexion} left waiting. */
    SeConnecter.Resultat completer(String jetonConnexion, String code, SeConnecter.Origine origine) {
        return seConnecter.completer(new SeConnecter.Completion(jetonConnexion, code, origine));
    }

    /** Too many attempts: the refusal to answer, with its wait. */
    static ProblemeException temporisee(SeConnecter.Resultat.Temporisee temporisee) {
        return Problemes.tropDeTentatives(CODE_TEMPORISEE, temporisee.reessayerApres());
    }

    static Optional<NumeroAdherent> numero(String saisi) {
        try {
            return Optional.of(new NumeroAdherent(saisi));
        } catch (ValeurInvalideException | NullPointerException illisible) {
            return Optional.empty();
        }
    }

    /** A password posted by a form, as an array the caller wipes (the form's own string cannot be). */
    static char[] motDePasse(String saisi) {
        return saisi == null ? new char[0] : saisi.toCharArray();
    }
}
