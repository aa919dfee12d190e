package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;

/**
 * The portal over a world with one company account (numéro {@value #NUMERO}) whose second factor is enrolled, and
 * the client that logs it in as its user does, with the code his app shows ({@link Navigation}).
 */
final class PortailAvecSecondFacteur implements AutoCloseable {

    static final String NUMERO = "10000001";

    final EspaceComptes espace = new EspaceComptes();
    final Utilisateur compte;
    final ServeurDeTest serveur;

    PortailAvecSecondFacteur(Langue langue) {
        compte = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent(NUMERO).langue(langue));
        espace.enrolerSecondFacteur(compte);
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    /** The login form then the code's, in this client: it holds the session. */
    void connecter(String... entetes) {
        Navigation.connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, entetes);
    }

    /** A session of the API, its bearer token. */
    String jeton() {
        return Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
    }

    /** The code the account's app shows now, one no login used yet. */
    String code() {
        return Navigation.codeSecondFacteur(serveur, NUMERO).orElseThrow();
    }

    @Override
    public void close() {
        serveur.close();
    }
}
