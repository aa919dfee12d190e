package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;

/** The back office's accounts and the user's personal data, pages and API. */
public final class DonneesWeb {

    private final GestionComptesPages gestionPages;
    private final GestionComptesApi gestionApi;
    private final MesDonneesPages mesDonneesPages;
    private final MesDonneesApi mesDonneesApi;

    public DonneesWeb(EspaceEntreprise espace, Acces acces, AccesGestion accesGestion, Pages pages) {
        EspaceEntreprise.DonneesPersonnellesDuCompte donnees = espace.donnees();
        EspaceEntreprise.Gestion gestion = espace.gestion();
        this.gestionPages = new GestionComptesPages(gestion.comptes(), gestion.deciderCompte(), accesGestion, pages);
        this.gestionApi = new GestionComptesApi(gestion.comptes(), gestion.deciderCompte(), accesGestion);
        this.mesDonneesPages = new MesDonneesPages(donnees.consulter(), donnees.exporter(), donnees.consentement(),
                espace.demandes().soumettre(), acces, pages);
        this.mesDonneesApi = new MesDonneesApi(donnees.exporter(), donnees.consentement(), acces);
    }

    public void declarer(RoutesConfig routes) {
        gestionPages.declarer(routes);
        gestionApi.declarer(routes);
        mesDonneesPages.declarer(routes);
        mesDonneesApi.declarer(routes);
    }
}
