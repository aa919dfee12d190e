package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.commun.ControleAcces;
import io.javalin.config.RoutesConfig;

/**
 * Every page and endpoint of the accounts: login and logout (with the second factor), sign-up, forgotten
 * credentials, first-login steps (the second factor's enrolment among them), the user's own pages, the CGU.
 * {@link Acces} (who is calling) and {@link JetonsDeSession} (how the session travels) are built before, since the
 * language choice and the pages' header need them.
 */
public final class ComptesWeb {

    private final EtapesEnAttente etapesEnAttente;
    private final ConnexionPages connexionPages;
    private final ConnexionApi connexionApi;
    private final InscriptionPages inscriptionPages;
    private final InscriptionApi inscriptionApi;
    private final RecuperationPages recuperationPages;
    private final RecuperationApi recuperationApi;
    private final PremiereConnexionPages premiereConnexionPages;
    private final PremiereConnexionApi premiereConnexionApi;
    private final EnrolementPages enrolementPages;
    private final EnrolementApi enrolementApi;
    private final MonComptePages monComptePages;
    private final MonCompteApi monCompteApi;
    private final CguPages cguPages;
    private final CguApi cguApi;

    public ComptesWeb(EspaceEntreprise espace, Acces acces, JetonsDeSession jetons, Csrf csrf, Pages pages,
            Problemes problemes, ChoixLangue choixLangue, Traductions traductions) {
        EspaceEntreprise.Comptes comptes = espace.comptes();
        ControleAcces controle = espace.acces();
        Connexion connexion = new Connexion(comptes.seConnecter());
        this.etapesEnAttente = new EtapesEnAttente(problemes);
        this.connexionPages = new ConnexionPages(connexion, comptes.seDeconnecter(), acces, jetons,
                new ConnexionDuNavigateur(jetons, csrf), csrf, pages);
        this.connexionApi = new ConnexionApi(connexion, comptes.seDeconnecter(), acces, jetons);
        this.inscriptionPages = new InscriptionPages(comptes.demanderInscription(), controle, pages, choixLangue);
        this.inscriptionApi = new InscriptionApi(comptes.demanderInscription(), choixLangue, traductions);
        this.recuperationPages = new RecuperationPages(comptes.recupererAcces(), controle, pages);
        this.recuperationApi = new RecuperationApi(comptes.recupererAcces(), choixLangue, traductions);
        this.premiereConnexionPages = new PremiereConnexionPages(comptes.definirMotDePasse(),
                comptes.demanderCodeEmail(), comptes.confirmerEmail(), espace.contenus().cgu(), comptes.accepterCgu(),
                acces, controle, pages);
        this.premiereConnexionApi = new PremiereConnexionApi(comptes.demanderCodeEmail(), comptes.confirmerEmail(),
                comptes.accepterCgu(), acces);
        this.enrolementPages = new EnrolementPages(comptes.secondFacteur(), acces, controle, pages);
        this.enrolementApi = new EnrolementApi(comptes.secondFacteur(), acces);
        this.monComptePages = new MonComptePages(comptes.changerMotDePasse(), espace.consultation().accueil(), acces,
                controle, jetons, pages);
        this.monCompteApi = new MonCompteApi(comptes.changerMotDePasse(), comptes.definirMotDePasse(),
                comptes.changerLangue(), comptes.monCompte(), acces);
        this.cguPages = new CguPages(espace.contenus().cgu(), pages);
        this.cguApi = new CguApi(espace.contenus().cgu(), choixLangue);
    }

    public void declarer(RoutesConfig routes) {
        etapesEnAttente.declarer(routes);
        connexionPages.declarer(routes);
        connexionApi.declarer(routes);
        inscriptionPages.declarer(routes);
        inscriptionApi.declarer(routes);
        recuperationPages.declarer(routes);
        recuperationApi.declarer(routes);
        premiereConnexionPages.declarer(routes);
        premiereConnexionApi.declarer(routes);
        enrolementPages.declarer(routes);
        enrolementApi.declarer(routes);
        monComptePages.declarer(routes);
        monCompteApi.declarer(routes);
        cguPages.declarer(routes);
        cguApi.declarer(routes);
    }
}
