package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.page.Pages;
import io.javalin.config.RoutesConfig;
import java.util.Optional;

/**
 * The rubrique Demandes (the forms of a new demande, tracking, the user's reply) and the back office's queue and
 * decisions, pages and API. The forms show the current values of the read side: they are served only with the
 * {@link ConfigurationWeb.Consultation} use cases.
 */
public final class DemandesWeb {

    private final Optional<NouvelleDemandeRoutes> nouvelle;
    private final DemandesRoutes suivi;
    private final GestionDemandesRoutes gestion;

    public DemandesWeb(ConfigurationWeb.Demandes casDUsage, Optional<ConfigurationWeb.Consultation> consultation,
            Acces acces, Pages pages) {
        this.nouvelle = consultation.map(lecture -> new NouvelleDemandeRoutes(casDUsage.soumettreDemande(),
                new Sujets(lecture.consulterEntreprises(), lecture.consulterSalaries(), lecture.consulterContrats()),
                new ChoixSalarie(lecture.consulterSalaries(), pages), acces, pages, lecture.horloge()));
        this.suivi = new DemandesRoutes(casDUsage.soumettreDemande(), casDUsage.consulterDemandes(),
                casDUsage.repondreDemande(), acces, pages);
        this.gestion = new GestionDemandesRoutes(casDUsage.consulterFileDemandes(), casDUsage.consulterDemandes(),
                casDUsage.deciderDemande(), acces, pages);
    }

    /** The forms first: {@code /demandes/nouvelle} would otherwise be read as a demande's id. */
    public void declarer(RoutesConfig routes) {
        nouvelle.ifPresent(formulaires -> formulaires.declarer(routes));
        suivi.declarer(routes);
        gestion.declarer(routes);
    }
}
