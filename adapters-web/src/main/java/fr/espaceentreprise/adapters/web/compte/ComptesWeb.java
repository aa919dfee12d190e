package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import io.javalin.config.RoutesConfig;
import java.util.Optional;

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

    /** @param consulterAccueil the lists of the home page, when the rubriques are served */
    public ComptesWeb(ConfigurationWeb.Comptes casDUsage, Optional<ConsulterAccueil> consulterAccueil, Acces acces,
            JetonsDeSession jetons, Csrf csrf, Pages pages, Problemes problemes, ChoixLangue choixLangue,
            Traductions traductions) {
        this.connexion = new ConnexionRoutes(casDUsage.seConnecter(), casDUsage.seDeconnecter(), acces, jetons, csrf,
                pages);
        this.inscription = new InscriptionRoutes(casDUsage.demanderInscription(), pages, choixLangue, traductions);
        this.recuperation = new RecuperationRoutes(casDUsage.motDePasseOublie(), casDUsage.identifiantOublie(), pages,
                choixLangue, traductions);
        this.premiereConnexion = new PremiereConnexionRoutes(casDUsage.definirMotDePasse(),
                casDUsage.demanderCodeEmail(), casDUsage.confirmerEmail(), casDUsage.consulterCgu(),
                casDUsage.accepterCgu(), acces, pages, problemes);
        this.monCompte = new MonCompteRoutes(casDUsage.changerMotDePasse(), casDUsage.definirMotDePasse(),
                casDUsage.changerLangue(), casDUsage.consulterMonCompte(), consulterAccueil, acces, jetons, pages);
        this.cgu = new CguRoutes(casDUsage.consulterCgu(), pages, choixLangue);
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
