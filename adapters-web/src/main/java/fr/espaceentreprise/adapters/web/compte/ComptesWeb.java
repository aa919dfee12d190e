package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;

/**
 * Every page and endpoint of the accounts: login and logout, sign-up, forgotten credentials, first-login steps,
 * the user's own pages, the CGU. {@link Acces} (who is calling) and {@link JetonsDeSession} (how the session
 * travels) are built before, since the language choice and the pages' header need them.
 */
public final class ComptesWeb {

    private final ConnexionRoutes connexion;
    private final InscriptionRoutes inscription;
    private final RecuperationRoutes recuperation;
    private final PremiereConnexionRoutes premiereConnexion;
    private final MonCompteRoutes monCompte;
    private final CguRoutes cgu;

    public ComptesWeb(EspaceEntreprise espace, Acces acces, JetonsDeSession jetons, Csrf csrf, Pages pages,
            Problemes problemes, ChoixLangue choixLangue, Traductions traductions) {
        EspaceEntreprise.Comptes comptes = espace.comptes();
        this.connexion = new ConnexionRoutes(comptes.seConnecter(), comptes.seDeconnecter(), acces, jetons, csrf,
                pages);
        this.inscription = new InscriptionRoutes(comptes.demanderInscription(), espace.acces(), pages, choixLangue,
                traductions);
        this.recuperation = new RecuperationRoutes(comptes.recupererAcces(), espace.acces(), pages, choixLangue,
                traductions);
        this.premiereConnexion = new PremiereConnexionRoutes(comptes.definirMotDePasse(), comptes.demanderCodeEmail(),
                comptes.confirmerEmail(), espace.contenus().cgu(), comptes.accepterCgu(), acces, espace.acces(), pages,
                problemes);
        this.monCompte = new MonCompteRoutes(comptes.changerMotDePasse(), comptes.definirMotDePasse(),
                comptes.changerLangue(), comptes.monCompte(), espace.consultation().accueil(), acces, espace.acces(),
                jetons, pages);
        this.cgu = new CguRoutes(espace.contenus().cgu(), pages, choixLangue);
    }

    public void declarer(RoutesConfig routes) {
        connexion.declarer(routes);
        inscription.declarer(routes);
        recuperation.declarer(routes);
        premiereConnexion.declarer(routes);
        monCompte.declarer(routes);
        cgu.declarer(routes);
    }
}
