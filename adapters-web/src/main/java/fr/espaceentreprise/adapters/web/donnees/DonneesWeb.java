package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;

/** The back office's accounts and the user's personal data, pages and API. */
public final class DonneesWeb {

    private final GestionComptesRoutes gestion;
    private final MesDonneesRoutes mesDonnees;

    public DonneesWeb(EspaceEntreprise espace, Acces acces, AccesGestion accesGestion, Pages pages) {
        EspaceEntreprise.DonneesPersonnellesDuCompte donnees = espace.donnees();
        this.gestion = new GestionComptesRoutes(espace.gestion().comptes(), espace.gestion().deciderCompte(),
                accesGestion, pages);
        this.mesDonnees = new MesDonneesRoutes(donnees.consulter(), donnees.exporter(), donnees.consentement(),
                espace.demandes().soumettre(), acces, pages);
    }

    public void declarer(RoutesConfig routes) {
        gestion.declarer(routes);
        mesDonnees.declarer(routes);
    }
}
