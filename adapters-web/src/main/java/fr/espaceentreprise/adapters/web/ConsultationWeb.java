package fr.espaceentreprise.adapters.web;

import fr.espaceentreprise.adapters.web.accueil.AccueilRoutes;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.contrat.ContratsRoutes;
import fr.espaceentreprise.adapters.web.cotisation.CotisationsRoutes;
import fr.espaceentreprise.adapters.web.entreprise.InterlocuteurRoutes;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.adapters.web.salarie.SalariesRoutes;
import fr.espaceentreprise.adapters.web.salarie.VerificationRoutes;
import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.commun.ControleAcces;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.Clock;

/**
 * Every page and endpoint of the read side: the home page's lists in the API, Interlocuteur, Gestion des salariés
 * with attestations, Contrats, Cotisations, and the public check of an attestation. Its rubriques share the
 * entreprise selector and the helpers of the package {@code consultation}; it assembles them from here.
 */
final class ConsultationWeb {

    private final AccueilRoutes accueil;
    private final InterlocuteurRoutes interlocuteur;
    private final SalariesRoutes salaries;
    private final VerificationRoutes verification;
    private final ContratsRoutes contrats;
    private final CotisationsRoutes cotisations;

    /**
     * @param baseUrl the portal's public address, which attestations print
     * @param horloge the day exports are named after and PDFs print
     */
    ConsultationWeb(EspaceEntreprise.Consultation casDUsage, ControleAcces controle, DocumentsPdf pdf,
            Acces acces, Pages pages, Traductions traductions, ChoixLangue choixLangue, URI baseUrl, Clock horloge) {
        Portefeuille portefeuille = new Portefeuille(casDUsage.entreprises());
        this.accueil = new AccueilRoutes(casDUsage.accueil(), acces);
        this.interlocuteur = new InterlocuteurRoutes(casDUsage.entreprises(), portefeuille, acces, controle, pages);
        this.salaries = new SalariesRoutes(casDUsage.salaries(), casDUsage.attestations(), casDUsage.contrats(),
                portefeuille, pdf, acces, controle, pages, traductions, choixLangue, baseUrl, horloge);
        this.verification = new VerificationRoutes(casDUsage.verificationAttestations(), controle, pages);
        this.contrats = new ContratsRoutes(casDUsage.contrats(), portefeuille, acces, controle, pages);
        this.cotisations = new CotisationsRoutes(casDUsage.cotisations(), casDUsage.contrats(), portefeuille, pdf,
                acces, controle, pages, traductions, choixLangue, horloge);
    }

    void declarer(RoutesConfig routes) {
        accueil.declarer(routes);
        interlocuteur.declarer(routes);
        salaries.declarer(routes);
        verification.declarer(routes);
        contrats.declarer(routes);
        cotisations.declarer(routes);
    }
}
