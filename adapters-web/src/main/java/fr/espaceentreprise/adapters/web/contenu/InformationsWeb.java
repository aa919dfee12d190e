package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;
import java.net.URI;

/** The rubriques Service d'urgence, Informations de sécurité, Contact, FAQ and Aide, and their back office. */
public final class InformationsWeb {

    private final InformationsPages informationsPages;
    private final InformationsApi informationsApi;
    private final GestionContenusPages gestionContenus;
    private final GestionContactsPages gestionContacts;
    private final GestionFaqPages gestionFaq;

    /** @param alertesSecurite the external travel-security alerts site the rubrique Informations de sécurité opens */
    public InformationsWeb(EspaceEntreprise espace, URI alertesSecurite, Acces acces, AccesGestion accesGestion,
            Pages pages) {
        EspaceEntreprise.Contenus contenus = espace.contenus();
        this.informationsPages = new InformationsPages(contenus.urgence(), contenus.contacts(), contenus.faq(),
                contenus.aide(), alertesSecurite, acces, espace.acces(), pages);
        this.informationsApi = new InformationsApi(contenus.urgence(), contenus.contacts(), contenus.faq(),
                alertesSecurite, acces);
        this.gestionContacts = new GestionContactsPages(contenus.contacts(), espace.gestion().contacts(),
                accesGestion, pages);
        this.gestionFaq = new GestionFaqPages(contenus.faq(), espace.gestion().faq(), accesGestion, pages);
        this.gestionContenus = new GestionContenusPages(contenus.urgence(), contenus.contacts(), gestionFaq,
                espace.gestion().numerosUrgence(), accesGestion, pages);
    }

    public void declarer(RoutesConfig routes) {
        informationsPages.declarer(routes);
        informationsApi.declarer(routes);
        gestionContenus.declarer(routes);
        gestionContacts.declarer(routes);
        gestionFaq.declarer(routes);
    }
}
