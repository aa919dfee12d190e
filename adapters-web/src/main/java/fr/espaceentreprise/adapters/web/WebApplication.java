package fr.espaceentreprise.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.ComptesWeb;
import fr.espaceentreprise.adapters.web.compte.JetonsDeSession;
import fr.espaceentreprise.adapters.web.compte.LangueDuCompte;
import fr.espaceentreprise.adapters.web.compte.SecuriteDuCompteWeb;
import fr.espaceentreprise.adapters.web.contenu.ContenuPages;
import fr.espaceentreprise.adapters.web.contenu.DocumentsWeb;
import fr.espaceentreprise.adapters.web.contenu.InformationsWeb;
import fr.espaceentreprise.adapters.web.demande.DemandesApi;
import fr.espaceentreprise.adapters.web.demande.DemandesWeb;
import fr.espaceentreprise.adapters.web.documentation.DocumentationApiRoutes;
import fr.espaceentreprise.adapters.web.donnees.DonneesWeb;
import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.exploitation.ExploitationWeb;
import fr.espaceentreprise.adapters.web.exploitation.SanteApi;
import fr.espaceentreprise.adapters.web.gestion.GestionApi;
import fr.espaceentreprise.adapters.web.gestion.GestionPages;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.AvisMaintenance;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.adapters.web.securite.Cookies;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.adapters.web.securite.EntetesSecurite;
import fr.espaceentreprise.adapters.web.securite.GardeRequetes;
import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.domain.demande.PieceJointe;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the portal's HTTP server over the core it serves, unstarted, so that main starts it on its port and tests
 * on port 0. The portal serves every page and endpoint; what a user may do is the core's to decide.
 */
public final class WebApplication {

    static final long TAILLE_MAX_REQUETE = 1_000_000;
    /** Five files of 5 MiB and the rest of the form. */
    static final long TAILLE_MAX_ENVOI_FICHIERS = (long) PieceJointe.NOMBRE_MAX * PieceJointe.TAILLE_MAX + 100_000;

    private WebApplication() {
    }

    public static Javalin creer(ConfigurationWeb configuration, EspaceEntreprise espace) {
        return creer(configuration, espace, config -> {
        });
    }

    /** For the tests of this package: with routes of their own (a form, an endpoint that throws…). */
    static Javalin creer(ConfigurationWeb configuration, EspaceEntreprise espace,
            Consumer<JavalinConfig> supplements) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        Cookies cookies = new Cookies(configuration.https());
        Traductions traductions = Traductions.depuisLesRessources();
        JetonsDeSession jetons = new JetonsDeSession(cookies);
        Acces acces = new Acces(espace.comptes().authentifierSession(), jetons);
        AccesGestion accesGestion = new AccesGestion(acces, espace.acces());
        ChoixLangue choixLangue = new ChoixLangue(cookies, new LangueDuCompte(acces, espace.comptes().changerLangue()));
        Csrf csrf = new Csrf(cookies, Set.of(jetons.nomCookieSession()));
        Pages pages = new Pages(traductions, choixLangue, csrf, acces::nomUtilisateur,
                new AvisMaintenance(espace.exploitation().maintenance()::enVigueur));
        EntetesSecurite entetes = new EntetesSecurite(configuration.https());
        GardeRequetes garde = new GardeRequetes(TAILLE_MAX_REQUETE, TAILLE_MAX_ENVOI_FICHIERS,
                DemandesApi.API_AVEC_FICHIERS, csrf);
        Problemes problemes = new Problemes(traductions, choixLangue, pages, json, TAILLE_MAX_REQUETE);
        DocumentsPdf pdf = new DocumentsPdf();
        pdf.prechauffer();

        SanteApi sante = new SanteApi(espace.exploitation().sante());
        ContenuPages contenu = new ContenuPages(pages);
        DocumentationApiRoutes documentation = new DocumentationApiRoutes(pages);
        ComptesWeb comptes = new ComptesWeb(espace, acces, jetons, csrf, pages, problemes, choixLangue, traductions);
        SecuriteDuCompteWeb securiteDuCompte = new SecuriteDuCompteWeb(espace, acces, jetons, pages,
                configuration.baseUrl(), configuration.horloge());
        EspaceEntreprise.Gestion gestion = espace.gestion();
        GestionPages gestionPages = new GestionPages(gestion.inscriptions(), gestion.validerInscription(),
                gestion.rejeterInscription(), gestion.journal(), accesGestion, pages);
        GestionApi gestionApi = new GestionApi(gestion.inscriptions(), gestion.validerInscription(),
                gestion.rejeterInscription(), gestion.journal(), accesGestion);
        ConsultationWeb rubriques = new ConsultationWeb(espace.consultation(), espace.acces(), pdf, acces, pages,
                traductions, choixLangue, configuration.baseUrl(), configuration.horloge());
        DemandesWeb demandes = new DemandesWeb(espace, acces, accesGestion, pages, configuration.horloge());
        InformationsWeb informations = new InformationsWeb(espace, configuration.alertesSecurite(), acces,
                accesGestion, pages);
        ExploitationWeb exploitation = new ExploitationWeb(espace, accesGestion, pages, problemes, choixLangue);
        DocumentsWeb documents = new DocumentsWeb(espace, acces, accesGestion, pages);
        DonneesWeb donnees = new DonneesWeb(espace, acces, accesGestion, pages);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = TAILLE_MAX_REQUETE;
            config.http.strictContentTypes = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(fichiers -> {
                fichiers.hostedPath = "/static";
                fichiers.directory = "/static";
                fichiers.location = Location.CLASSPATH;
                fichiers.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(entetes::appliquer);
            config.routes.before(garde::verifier);
            config.routes.before(acces::identifier);
            problemes.declarer(config.routes);
            sante.declarer(config.routes);
            contenu.declarer(config.routes);
            documentation.declarer(config);
            comptes.declarer(config.routes);
            securiteDuCompte.declarer(config.routes);
            gestionPages.declarer(config.routes);
            gestionApi.declarer(config.routes);
            rubriques.declarer(config.routes);
            demandes.declarer(config.routes);
            informations.declarer(config.routes);
            exploitation.declarer(config.routes);
            documents.declarer(config.routes);
            donnees.declarer(config.routes);
            supplements.accept(config);
        });
    }
}
