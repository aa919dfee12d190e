package fr.espaceentreprise.adapters.web;

import fr.espaceentreprise.adapters.web.accueil.AccueilApi;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.contrat.ContratsApi;
import fr.espaceentreprise.adapters.web.contrat.ContratsPages;
import fr.espaceentreprise.adapters.web.cotisation.CotisationsApi;
import fr.espaceentreprise.adapters.web.cotisation.CotisationsExports;
import fr.espaceentreprise.adapters.web.cotisation.CotisationsPages;
import fr.espaceentreprise.adapters.web.entreprise.EntreprisesApi;
import fr.espaceentreprise.adapters.web.entreprise.InterlocuteurPages;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.adapters.web.salarie.SalariesApi;
import fr.espaceentreprise.adapters.web.salarie.SalariesExports;
import fr.espaceentreprise.adapters.web.salarie.SalariesPages;
import fr.espaceentreprise.adapters.web.salarie.VerificationApi;
import fr.espaceentreprise.adapters.web.salarie.VerificationPages;
import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.commun.ControleAcces;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.Clock;

/**
 * Every page, endpoint and file of the read side: the home page's lists in the API, Interlocuteur, Gestion des
 * salariés with attestations, Contrats, Cotisations, and the public check of an attestation. Its rubriques share
 * the entreprise selector and the helpers of the package {@code consultation}; it assembles them from here.
 */
final class ConsultationWeb {

    private final AccueilApi accueilApi;
    private final InterlocuteurPages interlocuteurPages;
    private final EntreprisesApi entreprisesApi;
    private final SalariesExports salariesExports;
    private final SalariesPages salariesPages;
    private final SalariesApi salariesApi;
    private final VerificationPages verificationPages;
    private final VerificationApi verificationApi;
    private final ContratsPages contratsPages;
    private final ContratsApi contratsApi;
    private final CotisationsExports cotisationsExports;
    private final CotisationsPages cotisationsPages;
    private final CotisationsApi cotisationsApi;

    /**
     * @param baseUrl the portal's public address, which attestations print
     * @param horloge the day exports are named after and PDFs print
     */
    ConsultationWeb(EspaceEntreprise.Consultation casDUsage, ControleAcces controle, DocumentsPdf pdf, Acces acces,
            Pages pages, Traductions traductions, ChoixLangue choixLangue, URI baseUrl, Clock horloge) {
        Portefeuille portefeuille = new Portefeuille(casDUsage.entreprises(), controle);
        this.accueilApi = new AccueilApi(casDUsage.accueil(), acces);
        this.interlocuteurPages = new InterlocuteurPages(casDUsage.entreprises(), portefeuille, acces, pages);
        this.entreprisesApi = new EntreprisesApi(casDUsage.entreprises(), acces);
        this.salariesExports = new SalariesExports(casDUsage.salaries(), casDUsage.attestations(), portefeuille, pdf,
                acces, traductions, choixLangue, baseUrl, horloge);
        this.salariesPages = new SalariesPages(casDUsage.salaries(), casDUsage.contrats(), portefeuille, acces,
                pages);
        this.salariesApi = new SalariesApi(casDUsage.salaries(), acces);
        this.verificationPages = new VerificationPages(casDUsage.verificationAttestations(), controle, pages);
        this.verificationApi = new VerificationApi(casDUsage.verificationAttestations());
        this.contratsPages = new ContratsPages(casDUsage.contrats(), portefeuille, acces, pages);
        this.contratsApi = new ContratsApi(casDUsage.contrats(), acces);
        this.cotisationsExports = new CotisationsExports(casDUsage.cotisations(), casDUsage.contrats(), portefeuille,
                pdf, acces, traductions, choixLangue, horloge);
        this.cotisationsPages = new CotisationsPages(casDUsage.cotisations(), casDUsage.contrats(), portefeuille,
                acces, pages);
        this.cotisationsApi = new CotisationsApi(casDUsage.cotisations(), acces);
    }

    /** Each rubrique's files first: their addresses ("export.csv", "{id}.pdf") would otherwise be read as ids. */
    void declarer(RoutesConfig routes) {
        accueilApi.declarer(routes);
        interlocuteurPages.declarer(routes);
        entreprisesApi.declarer(routes);
        salariesExports.declarer(routes);
        salariesPages.declarer(routes);
        salariesApi.declarer(routes);
        verificationPages.declarer(routes);
        verificationApi.declarer(routes);
        contratsPages.declarer(routes);
        contratsApi.declarer(routes);
        cotisationsExports.declarer(routes);
        cotisationsPages.declarer(routes);
        cotisationsApi.declarer(routes);
    }
}
