package fr.espaceentreprise.adapters.web;

import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.contenu.EspaceContenus;
import fr.espaceentreprise.application.contenu.EspaceDocuments;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.exploitation.EspaceExploitation;
import fr.espaceentreprise.application.donnees.EspaceDonnees;
import fr.espaceentreprise.application.exploitation.EtatDeSante;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The real portal server on a free port, and a browser-like client (it keeps cookies, follows no redirect) to
 * drive it over HTTP. For the web tests of every capability:
 *
 * <pre>
 * try (ServeurDeTest serveur = ServeurDeTest.demarrer()) {
 *     HttpResponse&lt;String&gt; page = serveur.get("/mentions-legales", "Accept-Language", "en");
 * }
 * </pre>
 */
public final class ServeurDeTest implements AutoCloseable {

    public static final URI HTTP_LOCAL = URI.create("http://localhost");

    private final Javalin app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private ServeurDeTest(Javalin app) {
        this.app = app.start(0);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static ServeurDeTest demarrer() {
        return demarrer(configuration(HTTP_LOCAL));
    }

    public static ServeurDeTest demarrer(ConfigurationWeb configuration) {
        return new ServeurDeTest(WebApplication.creer(configuration));
    }

    /** With routes of the test's own (a form, an endpoint that throws…). */
    public static ServeurDeTest demarrer(ConfigurationWeb configuration, Consumer<JavalinConfig> routes) {
        return demarrer(configuration, Set.of(), routes);
    }

    public static ServeurDeTest demarrer(ConfigurationWeb configuration, Set<String> cookiesDAuthentification,
            Consumer<JavalinConfig> routes) {
        return new ServeurDeTest(WebApplication.creer(configuration, cookiesDAuthentification, routes));
    }

    /** The whole portal, its accounts use cases the real ones on the in-memory fakes of {@code espace}. */
    public static ServeurDeTest demarrer(EspaceComptes espace) {
        return demarrer(configuration(HTTP_LOCAL, espace));
    }

    public static ConfigurationWeb configuration(URI baseUrl, EspaceComptes espace) {
        return configuration(baseUrl).avecComptes(comptes(espace));
    }

    public static ConfigurationWeb.Comptes comptes(EspaceComptes espace) {
        return comptes(espace, espace.seConnecter());
    }

    /** With another login than the plain one (e.g. the one that minds the maintenance). */
    public static ConfigurationWeb.Comptes comptes(EspaceComptes espace, SeConnecter seConnecter) {
        return new ConfigurationWeb.Comptes(seConnecter, espace.authentifierSession(),
                espace.seDeconnecter(), espace.demanderInscription(), espace.consulterInscriptions(),
                espace.validerInscription(), espace.rejeterInscription(), espace.definirMotDePasse(),
                espace.changerMotDePasse(), espace.demanderCodeEmail(), espace.confirmerEmail(), espace.consulterCgu(),
                espace.accepterCgu(), espace.motDePasseOublie(), espace.identifiantOublie(), espace.changerLangue(),
                espace.consulterJournal(), espace.consulterMonCompte());
    }

    /**
     * The whole portal with its rubriques: accounts and consultation use cases the real ones on the in-memory fakes
     * of {@code espace} (its clock included).
     */
    public static ServeurDeTest demarrer(EspaceConsultation espace) {
        return demarrer(configuration(HTTP_LOCAL, espace));
    }

    public static ConfigurationWeb configuration(URI baseUrl, EspaceConsultation espace) {
        return configuration(baseUrl, espace.comptes).avecConsultation(new ConfigurationWeb.Consultation(
                espace.consulterAccueil(), espace.consulterEntreprises(), espace.consulterSalaries(),
                espace.delivrerAttestation(), espace.verifierAttestation(), espace.consulterContrats(),
                espace.consulterCotisations(), espace.horloge));
    }

    /** The whole portal with its rubriques and the demandes, on the in-memory fakes of {@code espace}. */
    public static ServeurDeTest demarrer(EspaceDemandes espace) {
        return demarrer(configuration(HTTP_LOCAL, espace));
    }

    public static ConfigurationWeb configuration(URI baseUrl, EspaceDemandes espace) {
        return configuration(baseUrl, espace.consultation).avecDemandes(new ConfigurationWeb.Demandes(
                espace.soumettreDemande(), espace.consulterDemandes(), espace.repondreDemande(),
                espace.consulterFileDemandes(), espace.deciderDemande()))
                .avecExploitation(exploitation(new EspaceExploitation(espace.consultation.comptes)));
    }

    public static ConfigurationWeb.Exploitation exploitation(EspaceExploitation espace) {
        return new ConfigurationWeb.Exploitation(espace.comptes.publierCgu(), espace.consulterMaintenance(),
                espace.modifierMaintenance());
    }

    /**
     * The portal's accounts and operations (CGU publishing, maintenance) on the in-memory fakes of {@code espace},
     * its login minding the maintenance as bootstrap wires it.
     */
    public static ServeurDeTest demarrer(EspaceExploitation espace) {
        return demarrer(configuration(HTTP_LOCAL)
                .avecComptes(comptes(espace.comptes, espace.seConnecter()))
                .avecExploitation(exploitation(espace)));
    }

    /** The whole portal with its rubriques and the informations (urgence, contact, FAQ, aide), on fakes. */
    public static ServeurDeTest demarrer(EspaceContenus espace) {
        return demarrer(configuration(HTTP_LOCAL, espace.consultation).avecInformations(informations(espace)));
    }

    public static ConfigurationWeb.Informations informations(EspaceContenus espace) {
        return new ConfigurationWeb.Informations(espace.consulterUrgence(), espace.consulterContacts(),
                espace.consulterFaq(), espace.consulterAide(), espace.modifierNumeroZone(),
                espace.modifierCentreDeGestion(), espace.enregistrerContact(), espace.retirerContact(),
                espace.enregistrerQuestionFaq(), espace.retirerQuestionFaq(),
                ConfigurationWeb.Informations.ALERTES_SECURITE_PAR_DEFAUT);
    }

    /** The portal with its accounts and the rubrique Téléchargement, on the in-memory fakes of {@code espace}. */
    public static ServeurDeTest demarrer(EspaceDocuments espace) {
        return demarrer(configuration(HTTP_LOCAL, espace.comptes).avecDocuments(documents(espace)));
    }

    public static ConfigurationWeb.Documents documents(EspaceDocuments espace) {
        return new ConfigurationWeb.Documents(espace.consulterDocuments(), espace.gererDocuments());
    }

    /**
     * The whole portal with the demandes, the back office's accounts and "Mes données", on the in-memory fakes of
     * {@code espace} (a validated SUPPRESSION_ACCES closes its author's account).
     */
    public static ServeurDeTest demarrer(EspaceDonnees espace) {
        return demarrer(configuration(HTTP_LOCAL, espace));
    }

    public static ConfigurationWeb configuration(URI baseUrl, EspaceDonnees espace) {
        EspaceDemandes demandes = espace.demandes;
        return configuration(baseUrl, demandes.consultation)
                .avecDemandes(new ConfigurationWeb.Demandes(demandes.soumettreDemande(), demandes.consulterDemandes(),
                        demandes.repondreDemande(), demandes.consulterFileDemandes(), espace.deciderDemande()))
                .avecDonnees(new ConfigurationWeb.Donnees(espace.consulterComptes(), espace.suspendreCompte(),
                        espace.reactiverCompte(), espace.supprimerCompte(), espace.donneesPersonnelles(),
                        espace.donneesPersonnelles(), espace.changerConsentement()))
                .avecExploitation(exploitation(new EspaceExploitation(demandes.consultation.comptes)));
    }

    /** A healthy portal published at {@code baseUrl}, without accounts. */
    public static ConfigurationWeb configuration(URI baseUrl) {
        return new ConfigurationWeb(baseUrl, () -> new EtatDeSante(true));
    }

    public Javalin app() {
        return app;
    }

    public URI uri(String chemin) {
        return URI.create("http://localhost:" + app.port() + chemin);
    }

    public HttpRequest.Builder requete(String chemin, String... entetes) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri(chemin));
        if (entetes.length > 0) {
            requete.headers(entetes);
        }
        return requete;
    }

    public HttpResponse<String> get(String chemin, String... entetes) {
        return envoyer(requete(chemin, entetes).GET());
    }

    /** A form as a browser sends it (urlencoded); add {@code _csrf} yourself, see {@link #jetonCsrf()}. */
    public HttpResponse<String> postFormulaire(String chemin, Map<String, String> champs, String... entetes) {
        return envoyer(requete(chemin, entetes)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoder(champs))));
    }

    public HttpResponse<String> postJson(String chemin, String corps, String... entetes) {
        return envoyer(requete(chemin, entetes)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps)));
    }

    public HttpResponse<String> putJson(String chemin, String corps, String... entetes) {
        return envoyer(requete(chemin, entetes)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(corps)));
    }

    public HttpResponse<String> delete(String chemin, String... entetes) {
        return envoyer(requete(chemin, entetes).DELETE());
    }

    /** A GET whose body is binary (a PDF). */
    public HttpResponse<byte[]> getOctets(String chemin, String... entetes) {
        try {
            return client.send(requete(chemin, entetes).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> envoyer(HttpRequest.Builder requete) {
        try {
            return client.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of this client, asking a page for it the first time (as a browser gets it with a form). */
    public String jetonCsrf() {
        return cookie("csrf").orElseGet(() -> {
            get("/mentions-legales");
            return cookie("csrf").orElseThrow(() -> new IllegalStateException("no csrf cookie set"));
        });
    }

    /** A form with its CSRF token. */
    public Map<String, String> avecJeton(Map<String, String> champs) {
        Map<String, String> tous = new LinkedHashMap<>(champs);
        tous.put("_csrf", jetonCsrf());
        return tous;
    }

    public Optional<String> cookie(String nom) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(nom)).map(HttpCookie::getValue).findFirst();
    }

    public void ajouterCookie(String nom, String valeur) {
        HttpCookie cookie = new HttpCookie(nom, valeur);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public void oublierLesCookies() {
        cookies.getCookieStore().removeAll();
    }

    public static String encoder(Map<String, String> champs) {
        return champs.entrySet().stream()
                .map(champ -> URLEncoder.encode(champ.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        app.stop();
    }
}
