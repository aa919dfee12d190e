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

    private final NouvelleDemandeRoutes nouvelle;
    private final DemandesRoutes suivi;
    private final GestionDemandesRoutes gestion;

    /** @param horloge the day of the request, for the dates the forms propose */
    public DemandesWeb(EspaceEntreprise espace, Acces acces, AccesGestion accesGestion, Pages pages, Clock horloge) {
        EspaceEntreprise.Demandes demandes = espace.demandes();
        EspaceEntreprise.Consultation lecture = espace.consultation();
        this.nouvelle = new NouvelleDemandeRoutes(demandes.soumettre(),
                new Sujets(lecture.entreprises(), lecture.salaries(), lecture.contrats()),
                new ChoixSalarie(lecture.salaries(), pages), acces, espace.acces(), pages, horloge);
        this.suivi = new DemandesRoutes(demandes.soumettre(), demandes.suivi(), demandes.repondre(), acces,
                espace.acces(), pages);
        this.gestion = new GestionDemandesRoutes(espace.gestion().fileDemandes(), demandes.suivi(),
                espace.gestion().deciderDemande(), accesGestion, pages);
    }

    /** The forms first: {@code /demandes/nouvelle} would otherwise be read as a demande's id. */
    public void declarer(RoutesConfig routes) {
        nouvelle.declarer(routes);
        suivi.declarer(routes);
        gestion.declarer(routes);
    }
}
