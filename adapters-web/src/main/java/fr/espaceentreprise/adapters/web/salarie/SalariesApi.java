package fr.espaceentreprise.adapters.web.salarie;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** The salariés of the API: an entreprise's, searched and filtered as on the page, with a cursor; one fiche. */
public final class SalariesApi {

    static final String API_LISTE = "/api/v1/entreprises/{id}/salaries";
    static final String API_FICHE = "/api/v1/salaries/{id}";

    private final ConsulterSalaries consulterSalaries;
    private final Acces acces;

    public SalariesApi(ConsulterSalaries consulterSalaries, Acces acces) {
        this.consulterSalaries = consulterSalaries;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_LISTE, this::liste);
        routes.get(API_FICHE, this::fiche);
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        EntrepriseId entrepriseId = Portefeuille.entrepriseDuChemin(ctx);
        RechercheSalaries recherche = RechercheSalaries.lire(ctx);
        Page<SalarieResume, CurseurSalaries> resultat = consulterSalaries.lister(new ConsulterSalaries.Requete(acteur,
                entrepriseId, recherche.filtre(), recherche.curseur(), recherche.taille()));
        ctx.json(new ListeJson<>(resultat.elements().stream().map(SalariesApi::salarieJson).toList(),
                resultat.suivant().map(Curseur::encoder).orElse(null)));
    }

    private void fiche(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        FicheSalarie fiche = consulterSalaries.consulter(acteur, SalariesPages.salarieDuChemin(ctx));
        ctx.json(new FicheSalarieJson(fiche.id().toString(), fiche.entrepriseId().toString(), fiche.raisonSociale(),
                fiche.nom(), fiche.prenom(), fiche.dateNaissance(), fiche.emailMasque().orElse(null),
                fiche.paysExpatriation().valeur(), fiche.salaireReference().centimes(),
                fiche.affiliations().stream().map(affiliation -> new AffiliationJson(
                        affiliation.contratId().toString(), affiliation.numeroContrat().valeur(),
                        affiliation.organisme(), affiliation.garantie(), affiliation.debut(),
                        affiliation.fin().orElse(null), affiliation.enCours())).toList(),
                fiche.attestationDisponible()));
    }

    private static SalarieJson salarieJson(SalarieResume salarie) {
        return new SalarieJson(salarie.id().toString(), salarie.nom(), salarie.prenom(), salarie.dateNaissance(),
                salarie.paysExpatriation().valeur(),
                salarie.contrats().stream().map(NumeroContrat::valeur).toList());
    }

    record SalarieJson(String id, String nom, String prenom, LocalDate dateNaissance, String paysExpatriation,
            List<String> contrats) {
    }

    record FicheSalarieJson(String id, String entrepriseId, String raisonSociale, String nom, String prenom,
            LocalDate dateNaissance, String emailMasque, String paysExpatriation, long salaireReference,
            List<AffiliationJson> affiliations, boolean attestationDisponible) {
    }

    record AffiliationJson(String contratId, String numeroContrat, Organisme organisme, Garantie garantie,
            LocalDate dateEffet, LocalDate dateFin, boolean enCours) {
    }
}
