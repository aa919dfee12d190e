package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import io.javalin.config.RoutesConfig;
import java.util.Optional;

/** The back office's accounts and the user's personal data, pages and API. */
public final class DonneesWeb {

    private final GestionComptesRoutes gestion;
    private final MesDonneesRoutes mesDonnees;

    public DonneesWeb(ConfigurationWeb.Donnees casDUsage, Optional<SoumettreDemande> soumettreDemande, Acces acces,
            Pages pages) {
        this.gestion = new GestionComptesRoutes(casDUsage.consulterComptes(), casDUsage.suspendreCompte(),
                casDUsage.reactiverCompte(), casDUsage.supprimerCompte(), acces, pages);
        this.mesDonnees = new MesDonneesRoutes(casDUsage.consulterDonneesPersonnelles(),
                casDUsage.exporterDonneesPersonnelles(), casDUsage.changerConsentementProspection(),
                soumettreDemande, acces, pages);
    }

    public void declarer(RoutesConfig routes) {
        gestion.declarer(routes);
        mesDonnees.declarer(routes);
    }
}
