package fr.espaceentreprise.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.ComptesWeb;
import fr.espaceentreprise.adapters.web.compte.JetonsDeSession;
import fr.espaceentreprise.adapters.web.compte.LangueDuCompte;
import fr.espaceentreprise.adapters.web.consultation.ConsultationWeb;
import fr.espaceentreprise.adapters.web.contenu.ContenuRoutes;
import fr.espaceentreprise.adapters.web.contenu.DocumentsWeb;
import fr.espaceentreprise.adapters.web.contenu.InformationsWeb;
import fr.espaceentreprise.adapters.web.demande.DemandesRoutes;
import fr.espaceentreprise.adapters.web.demande.DemandesWeb;
import fr.espaceentreprise.adapters.web.documentation.DocumentationApiRoutes;
import fr.espaceentreprise.adapters.web.erreur.Problemes;
import fr.espaceentreprise.adapters.web.exploitation.ExploitationWeb;
import fr.espaceentreprise.adapters.web.donnees.DonneesWeb;
import fr.espaceentreprise.adapters.web.exploitation.SanteRoutes;
import fr.espaceentreprise.adapters.web.gestion.GestionRoutes;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.PreferenceLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.NomUtilisateur;
import fr.espaceentreprise.adapters.web.page.Navigation;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.pdf.DocumentsPdf;
import fr.espaceentreprise.adapters.web.securite.Cookies;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.adapters.web.securite.EntetesSecurite;
import fr.espaceentreprise.adapters.web.securite.GardeRequetes;
import fr.espaceentreprise.domain.demande.PieceJointe;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Builds the portal's HTTP server, unstarted, so that main starts it on its port and tests on port 0. */
public final class WebApplication {

    static final long TAILLE_MAX_REQUETE = 1_000_000;
    /** Five files of 5 MiB and the rest of the form. */
    static final long TAILLE_MAX_ENVOI_FICHIERS = (long) PieceJointe.NOMBRE_MAX * PieceJointe.TAILLE_MAX + 100_000;

    private WebApplication() {
    }

    public static Javalin creer(ConfigurationWeb configuration) {
        return creer(configuration, Set.of(), config -> {
        });
    }

    /**
     * For the tests of this package: the names of other cookies that authenticate a user (beside the session
     * cookie, when accounts are configured) and extra routes (a form or an endpoint of their own).
     */
    static Javalin creer(ConfigurationWeb configuration, Set<String> cookiesDAuthentification,
            Consumer<JavalinConfig> supplements) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        Cookies cookies = new Cookies(configuration.https());
        Traductions traductions = Traductions.depuisLesRessources();
        JetonsDeSession jetons = new JetonsDeSession(cookies);
        Optional<Acces> acces = configuration.comptes()
                .map(comptes -> new Acces(comptes.authentifierSession(), jetons));
        PreferenceLangue preference = configuration.comptes()
                .<PreferenceLangue>map(comptes -> new LangueDuCompte(acces.orElseThrow(), comptes.changerLangue()))
                .orElse(PreferenceLangue.AUCUNE);
        ChoixLangue choixLangue = new ChoixLangue(cookies, preference);
        Set<String> authentifiants = new HashSet<>(cookiesDAuthentification);
        acces.ifPresent(a -> authentifiants.add(jetons.nomCookieSession()));
        Csrf csrf = new Csrf(cookies, authentifiants);
        NomUtilisateur nomUtilisateur = acces.<NomUtilisateur>map(a -> a::nomUtilisateur).orElse(NomUtilisateur.PERSONNE);
        // The rubriques need a logged-in user: without accounts they are not served.
        Optional<ConfigurationWeb.Consultation> consultation = configuration.consultation()
                .filter(casDUsage -> acces.isPresent());
        Set<Navigation> servies = EnumSet.noneOf(Navigation.class);
        if (acces.isPresent()) {
            consultation.ifPresent(casDUsage -> servies.add(Navigation.CONSULTATION));
            configuration.demandes().ifPresent(casDUsage -> servies.add(Navigation.DEMANDES));
            configuration.informations().ifPresent(casDUsage -> servies.add(Navigation.INFORMATIONS));
            configuration.documents().ifPresent(casDUsage -> servies.add(Navigation.DOCUMENTS));
            configuration.donnees().ifPresent(casDUsage -> servies.add(Navigation.DONNEES));
        }
        Pages pages = new Pages(traductions, choixLangue, csrf, nomUtilisateur, servies);
        EntetesSecurite entetes = new EntetesSecurite(configuration.https());
        GardeRequetes garde = new GardeRequetes(TAILLE_MAX_REQUETE, TAILLE_MAX_ENVOI_FICHIERS,
                DemandesRoutes.API_AVEC_FICHIERS, csrf);
        Problemes problemes = new Problemes(traductions, choixLangue, pages, json, TAILLE_MAX_REQUETE);

        SanteRoutes sante = new SanteRoutes(configuration.consulterSante());
        ContenuRoutes contenu = new ContenuRoutes(pages);
        DocumentationApiRoutes documentation = new DocumentationApiRoutes(pages);
        Optional<ComptesWeb> comptes = configuration.comptes().map(casDUsage -> new ComptesWeb(casDUsage,
                consultation.map(ConfigurationWeb.Consultation::consulterAccueil), acces.orElseThrow(), jetons, csrf,
                pages, problemes, choixLangue, traductions));
        Optional<ConsultationWeb> rubriques = consultation.map(casDUsage -> {
            DocumentsPdf pdf = new DocumentsPdf();
            pdf.prechauffer();
            return new ConsultationWeb(casDUsage, pdf, acces.orElseThrow(), pages, traductions, choixLangue,
                    configuration.baseUrl());
        });
        Optional<DemandesWeb> demandes = configuration.demandes().filter(casDUsage -> servies.contains(Navigation.DEMANDES))
                .map(casDUsage -> new DemandesWeb(casDUsage, consultation, acces.orElseThrow(), pages));
        Optional<InformationsWeb> informations = configuration.informations()
                .filter(casDUsage -> servies.contains(Navigation.INFORMATIONS))
                .map(casDUsage -> new InformationsWeb(casDUsage, acces.orElseThrow(), pages));
        Optional<DocumentsWeb> documents = configuration.documents().filter(casDUsage -> servies.contains(Navigation.DOCUMENTS))
                .map(casDUsage -> new DocumentsWeb(casDUsage, acces.orElseThrow(), pages));
        Optional<DonneesWeb> donnees = configuration.donnees().filter(casDUsage -> servies.contains(Navigation.DONNEES))
                .map(casDUsage -> new DonneesWeb(casDUsage, demandes.map(d -> configuration.demandes().orElseThrow()
                        .soumettreDemande()), acces.orElseThrow(), pages));
        Optional<GestionRoutes> gestion = configuration.comptes().map(casDUsage -> new GestionRoutes(
                casDUsage.consulterInscriptions(), casDUsage.validerInscription(), casDUsage.rejeterInscription(),
                casDUsage.consulterJournal(), acces.orElseThrow(), pages));
        Optional<ExploitationWeb> exploitation = configuration.exploitation().map(casDUsage -> new ExploitationWeb(
                casDUsage, configuration.comptes().map(ConfigurationWeb.Comptes::consulterCgu), acces, pages,
                problemes, choixLangue));
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
            acces.ifPresent(a -> config.routes.before(a::identifier));
            exploitation.ifPresent(routes -> config.routes.before(routes::verifierMaintenance));
            problemes.declarer(config.routes);
            sante.declarer(config.routes);
            contenu.declarer(config.routes);
            documentation.declarer(config);
            comptes.ifPresent(routes -> routes.declarer(config.routes));
            gestion.ifPresent(routes -> routes.declarer(config.routes));
            rubriques.ifPresent(routes -> routes.declarer(config.routes));
            demandes.ifPresent(routes -> routes.declarer(config.routes));
            informations.ifPresent(routes -> routes.declarer(config.routes));
            exploitation.ifPresent(routes -> routes.declarer(config.routes));
            documents.ifPresent(routes -> routes.declarer(config.routes));
            donnees.ifPresent(routes -> routes.declarer(config.routes));
            supplements.accept(config);
        });
    }
}
