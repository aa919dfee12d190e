package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The rubrique Demandes (the forms of a new demande, tracking, the user's reply) and the back office's queue and
 * decisions, pages and API. The forms show the current values of the read side.
 */
public final class DemandesWeb {

    private final NouvelleDemandePages nouvelle;
    private final DemandesPages suiviPages;
    private final DemandesApi suiviApi;
    private final GestionDemandesPages gestionPages;
    private final GestionDemandesApi gestionApi;

    /** @param horloge the day of the request, for the dates the forms propose */
    public DemandesWeb(EspaceEntreprise espace, Acces acces, AccesGestion accesGestion, Pages pages, Clock horloge) {
        EspaceEntreprise.Demandes demandes = espace.demandes();
        EspaceEntreprise.Consultation lecture = espace.consultation();
        EspaceEntreprise.Gestion gestion = espace.gestion();
        this.nouvelle = new NouvelleDemandePages(demandes.soumettre(),
                new Sujets(lecture.entreprises(), lecture.salaries(), lecture.contrats()),
                new ChoixSalarie(lecture.salaries(), pages), acces, espace.acces(), pages, horloge);
        this.suiviPages = new DemandesPages(demandes.suivi(), demandes.repondre(), acces, espace.acces(), pages);
        this.suiviApi = new DemandesApi(demandes.soumettre(), demandes.suivi(), demandes.repondre(), acces);
        this.gestionPages = new GestionDemandesPages(gestion.fileDemandes(), demandes.suivi(),
                gestion.deciderDemande(), accesGestion, pages);
        this.gestionApi = new GestionDemandesApi(gestion.fileDemandes(), demandes.suivi(), gestion.deciderDemande(),
                accesGestion);
    }

    /** The forms first: {@code /demandes/nouvelle} would otherwise be read as a demande's id. */
    public void declarer(RoutesConfig routes) {
        nouvelle.declarer(routes);
        suiviPages.declarer(routes);
        suiviApi.declarer(routes);
        gestionPages.declarer(routes);
        gestionApi.declarer(routes);
    }
}
