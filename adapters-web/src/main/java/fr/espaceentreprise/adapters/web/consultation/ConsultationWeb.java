package fr.espaceentreprise.adapters.web.consultation;

import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.accueil.AccueilRoutes;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.contrat.ContratsRoutes;
import fr.espaceentreprise.adapters.web.cotisation.CotisationsRoutes;
import fr.espaceentreprise.adapters.web.entreprise.InterlocuteurRoutes;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.adapters.web.salarie.SalariesRoutes;
import fr.espaceentreprise.adapters.web.salarie.VerificationRoutes;
import io.javalin.config.RoutesConfig;
import java.net.URI;

/**
 * Every page and endpoint of the read side (issue 4): the home page's lists in the API, Interlocuteur, Gestion
 * des salariés with attestations, Contrats, Cotisations, and the public check of an attestation.
 */
public final class ConsultationWeb {

    private final AccueilRoutes accueil;
    private final InterlocuteurRoutes interlocuteur;
    private final SalariesRoutes salaries;
    private final VerificationRoutes verification;
    private final ContratsRoutes contrats;
    private final CotisationsRoutes cotisations;

    public ConsultationWeb(ConfigurationWeb.Consultation casDUsage, DocumentsPdf pdf, Acces acces, Pages pages,
            Traductions traductions, ChoixLangue choixLangue, URI baseUrl) {
        Portefeuille portefeuille = new Portefeuille(casDUsage.consulterEntreprises());
        this.accueil = new AccueilRoutes(casDUsage.consulterAccueil(), acces);
        this.interlocuteur = new InterlocuteurRoutes(casDUsage.consulterEntreprises(), portefeuille, acces, pages);
        this.salaries = new SalariesRoutes(casDUsage.consulterSalaries(), casDUsage.delivrerAttestation(),
                casDUsage.consulterContrats(), casDUsage.consulterEntreprises(), portefeuille, pdf, acces, pages,
                traductions, choixLangue, baseUrl, casDUsage.horloge());
        this.verification = new VerificationRoutes(casDUsage.verifierAttestation(), pages);
        this.contrats = new ContratsRoutes(casDUsage.consulterContrats(), portefeuille, acces, pages);
        this.cotisations = new CotisationsRoutes(casDUsage.consulterCotisations(), casDUsage.consulterContrats(),
                casDUsage.consulterEntreprises(), portefeuille, pdf, acces, pages, traductions, choixLangue,
                casDUsage.horloge());
    }

    public void declarer(RoutesConfig routes) {
        accueil.declarer(routes);
        interlocuteur.declarer(routes);
        salaries.declarer(routes);
        verification.declarer(routes);
        contrats.declarer(routes);
        cotisations.declarer(routes);
    }
}
