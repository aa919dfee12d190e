package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Mon compte → Accès par API", its page and its API, and the token it gives at work. */
class MesJetonsApiTest {

    private static final String PAGE = "/mon-compte/acces-api";
    private static final String API = "/api/v1/moi/jetons-api";
    private static final Duration PLUS_TARD = Duration.ofMinutes(11);
    /** Midnight at Paris, a day short of a year after {@link EspaceComptes#T0}. */
    private static final Instant EXPIRATION = Instant.parse("2027-02-28T23:00:00Z");
    private static final Pattern JETON_AFFICHE = Pattern.compile("<p><code>([^<]+)</code></p>");

    private PortailAvecSecondFacteur portail;
    private EspaceComptes espace;
    private Utilisateur compte;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        portail = new PortailAvecSecondFacteur(Langue.EN);
        espace = portail.espace;
        compte = portail.compte;
        serveur = portail.serveur;
    }

    @AfterEach
    void arreter() {
        portail.close();
    }

    private HttpResponse<String> creerSurLaPage(Map<String, String> champs) {
        return serveur.postFormulaire(PAGE, serveur.avecJeton(champs));
    }

    private static Map<String, String> formulaire(String nom, String droits, String expireLe) {
        return Map.of("nomJeton", nom, "droits", droits, "expireLe", expireLe);
    }

    private List<JetonApi> jetons() {
        return espace.ports().jetonsApi.listerDe(compte.id());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_page_proposes_a_read_only_token_for_a_year(Langue langue) {
        portail.connecter();
        serveur.get("/accueil?lang=" + langue.code());

        String page = serveur.get(PAGE).body();

        assertTrue(page.contains(langue == Langue.FR ? "Vous n’avez créé aucun jeton d’accès."
                : "You have not created any access token."), page);
        assertTrue(page.contains("type=\"radio\" value=\"LECTURE\" checked"), page);
        assertTrue(page.contains("type=\"radio\" value=\"ECRITURE\">"));
        assertTrue(page.contains("<legend>" + (langue == Langue.FR ? "Droits du jeton" : "Token rights")));
        assertTrue(page.contains("id=\"champ-expireLe\" name=\"expireLe\" type=\"date\" value=\"2027-03-02\""));
        assertTrue(page.contains("<label for=\"champ-nomJeton\">"));
    }

    @Test
    void a_token_created_on_the_page_is_shown_once_then_opens_the_api_until_it_is_revoked() {
        portail.connecter();

        HttpResponse<String> cree = creerSurLaPage(formulaire("SIRH", "LECTURE", "2027-03-01"));

        assertEquals(200, cree.statusCode(), cree.body());
        Matcher affiche = JETON_AFFICHE.matcher(cree.body());
        assertTrue(affiche.find(), cree.body());
        String jeton = affiche.group(1);
        assertTrue(cree.body().contains("it will never be shown to you again"), cree.body());
        assertTrue(cree.body().contains("<pre><code>curl -H \"Authorization: Bearer " + jeton
                + "\" http://localhost/api/v1/moi</code></pre>"), cree.body());
        JetonApi stocke = jetons().get(0);
        assertEquals("SIRH", stocke.nom());
        assertEquals(DroitsJeton.LECTURE, stocke.droits());
        assertEquals(EXPIRATION, stocke.expireLe());

        String liste = serveur.get(PAGE).body();
        assertFalse(liste.contains(jeton), "the list never shows the token");
        assertTrue(liste.contains("<th scope=\"row\">SIRH</th>"), liste);
        assertTrue(liste.contains("Never used"));

        HttpResponse<String> moi = serveur.get("/api/v1/moi", bearer(jeton));
        assertEquals(200, moi.statusCode(), moi.body());
        assertEquals("10000001", json(moi).get("numeroAdherent").asText());

        HttpResponse<String> revoque = serveur.postFormulaire(PAGE + "/" + stocke.id() + "/revocation",
                serveur.avecJeton(Map.of()));
        assertRedirige(PAGE + "?revoque=1", revoque);
        String apres = serveur.get(PAGE + "?revoque=1").body();
        assertTrue(apres.contains("The token is revoked"), apres);
        assertTrue(apres.contains("Revoked on"));
        assertEquals(401, serveur.get("/api/v1/moi", bearer(jeton)).statusCode());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.JETON_API_CREE).size());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.JETON_API_REVOQUE).size());
    }

    @Test
    void later_the_creation_asks_for_a_code_of_the_app_and_keeps_what_the_user_typed() {
        portail.connecter();
        espace.horloge.avancer(PLUS_TARD);

        HttpResponse<String> demande = creerSurLaPage(formulaire("Paie", "ECRITURE", "2027-01-15"));

        assertEquals(200, demande.statusCode(), demande.body());
        assertTrue(demande.body().contains("Confirm with your app"), demande.body());
        assertTrue(demande.body().contains("<input type=\"hidden\" name=\"nomJeton\" value=\"Paie\">"));
        assertTrue(demande.body().contains("<input type=\"hidden\" name=\"droits\" value=\"ECRITURE\">"));
        assertTrue(jetons().isEmpty());

        HttpResponse<String> cree = creerSurLaPage(Map.of("nomJeton", "Paie", "droits", "ECRITURE",
                "expireLe", "2027-01-15", "codeSecondFacteur", portail.code()));

        assertEquals(200, cree.statusCode(), cree.body());
        assertTrue(JETON_AFFICHE.matcher(cree.body()).find(), cree.body());
        assertEquals(DroitsJeton.ECRITURE, jetons().get(0).droits());
        assertEquals("Paie", jetons().get(0).nom());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_form_shows_every_wrong_field_beside_it_and_keeps_the_values(Langue langue) {
        portail.connecter();
        serveur.get("/accueil?lang=" + langue.code());

        HttpResponse<String> vide = creerSurLaPage(formulaire(" ", "ADMIN", "31/02/2027"));
        HttpResponse<String> tropLoin = creerSurLaPage(formulaire("SIRH", "LECTURE", "2027-03-04"));
        HttpResponse<String> tropLong = creerSurLaPage(formulaire("x".repeat(81), "LECTURE", "2027-03-01"));

        assertEquals(400, vide.statusCode(), vide.body());
        for (String champ : new String[] {"nomJeton", "droits", "expireLe"}) {
            assertTrue(vide.body().contains("id=\"champ-" + champ + "-erreur\""), champ + vide.body());
        }
        assertTrue(vide.body().contains(langue == Langue.FR ? "Ce champ est obligatoire." : "This field is required."));
        assertTrue(vide.body().contains("value=\"31/02/2027\""), "the typed date is kept");
        assertTrue(vide.body().contains(langue == Langue.FR ? "Nom du jeton : " : "Token name: "),
                "the summary names the field by its label");
        assertEquals(400, tropLoin.statusCode());
        assertTrue(tropLoin.body().contains("id=\"champ-expireLe-erreur\""));
        assertTrue(tropLoin.body().contains(langue == Langue.FR ? "au plus dans un an" : "at most a year away"));
        assertEquals(400, tropLong.statusCode());
        assertTrue(tropLong.body().contains("id=\"champ-nomJeton-erreur\""));
        assertTrue(jetons().isEmpty());
    }

    @Test
    void the_api_creates_a_token_given_once_lists_it_without_it_and_revokes_it() {
        String session = portail.jeton();

        HttpResponse<String> cree = serveur.postJson(API, "{\"nom\":\"SIRH\",\"droits\":\"ECRITURE\","
                + "\"expireLe\":\"2027-03-01T00:00:00Z\"}", bearer(session));

        assertEquals(201, cree.statusCode(), cree.body());
        JsonNode corps = json(cree);
        String jeton = corps.get("jeton").asText();
        assertEquals("SIRH", corps.get("nom").asText());
        assertEquals("ECRITURE", corps.get("droits").asText());
        assertEquals(EspaceComptes.T0.toString(), corps.get("creeLe").asText());
        assertEquals("2027-03-01T00:00:00Z", corps.get("expireLe").asText());
        assertEquals(jetons().get(0).id().toString(), corps.get("id").asText());

        assertEquals(200, serveur.get("/api/v1/moi", bearer(jeton)).statusCode());
        JsonNode liste = json(serveur.get(API, bearer(session)));
        JsonNode premier = liste.get("items").get(0);
        assertFalse(premier.has("jeton"));
        assertTrue(liste.get("suivant").isNull());
        assertEquals(EspaceComptes.T0.toString(), premier.get("dernierUsage").asText());
        assertTrue(premier.get("revoqueLe").isNull());

        HttpResponse<String> revoque = serveur.delete(API + "/" + corps.get("id").asText(), bearer(session));
        assertEquals(204, revoque.statusCode(), revoque.body());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(jeton)).statusCode());
        assertFalse(json(serveur.get(API, bearer(session))).get("items").get(0).get("revoqueLe").isNull());
    }

    @Test
    void the_api_refuses_a_creation_without_a_recent_check_of_the_second_factor() {
        String session = portail.jeton();
        espace.horloge.avancer(PLUS_TARD);

        HttpResponse<String> reponse = serveur.postJson(API, "{\"nom\":\"SIRH\",\"droits\":\"LECTURE\","
                + "\"expireLe\":\"2027-03-01\"}", bearer(session));

        assertEquals(403, reponse.statusCode(), reponse.body());
        assertEquals("acces.reauthentification_requise", json(reponse).get("code").asText());
        assertTrue(jetons().isEmpty());
    }

    @Test
    void the_api_tells_each_wrong_field_in_the_language_asked_for() {
        String session = portail.jeton();

        HttpResponse<String> reponse = serveur.postJson(API, "{\"nom\":\"\",\"droits\":\"TOUT\","
                + "\"expireLe\":\"demain\"}", bearer(session));
        HttpResponse<String> passee = serveur.postJson(API, "{\"nom\":\"SIRH\",\"droits\":\"LECTURE\","
                + "\"expireLe\":\"2026-03-01\"}", bearer(session));

        assertEquals(400, reponse.statusCode(), reponse.body());
        JsonNode erreurs = json(reponse).get("errors");
        assertEquals(3, erreurs.size(), erreurs.toString());
        assertEquals("nom", erreurs.get(0).get("champ").asText());
        assertEquals("champ.obligatoire", erreurs.get(0).get("code").asText());
        assertEquals("jetonApi.droits.invalide", erreurs.get(1).get("code").asText());
        assertEquals("date.invalide", erreurs.get(2).get("code").asText());
        assertEquals(400, passee.statusCode());
        assertEquals("jetonApi.expiration.invalide", json(passee).get("errors").get(0).get("code").asText());
        assertEquals("The expiry date must be in the future, and at most a year away.",
                json(passee).get("errors").get(0).get("message").asText());
    }

    @Test
    void another_user_s_token_is_not_found() {
        String session = portail.jeton();
        String id = json(serveur.postJson(API, "{\"nom\":\"SIRH\",\"droits\":\"LECTURE\",\"expireLe\":\"2027-03-01\"}",
                bearer(session))).get("id").asText();
        Utilisateur gestionnaire = espace.gestionnaire();
        String autre = Navigation.jeton(serveur, gestionnaire.numeroAdherent().valeur(),
                EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = serveur.delete(API + "/" + id, bearer(autre));

        assertEquals(404, reponse.statusCode());
        assertEquals("jetonApi.introuvable", json(reponse).get("code").asText());
        assertTrue(jetons().get(0).revoqueLe().isEmpty());
        assertTrue(json(serveur.get(API, bearer(autre))).get("items").isEmpty());
    }

    @Test
    void a_personal_api_token_may_not_manage_the_account_s_sessions_nor_its_tokens() {
        String session = portail.jeton();
        JsonNode cree = json(serveur.postJson(API, "{\"nom\":\"SIRH\",\"droits\":\"ECRITURE\","
                + "\"expireLe\":\"2027-03-01\"}", bearer(session)));
        String jeton = cree.get("jeton").asText();
        String corps = "{\"nom\":\"Autre\",\"droits\":\"ECRITURE\",\"expireLe\":\"2027-03-01\"}";

        List<HttpResponse<String>> reponses = List.of(
                serveur.get(API, bearer(jeton)),
                serveur.postJson(API, corps, bearer(jeton)),
                serveur.delete(API + "/" + cree.get("id").asText(), bearer(jeton)),
                serveur.get("/api/v1/moi/sessions", bearer(jeton)),
                serveur.delete("/api/v1/moi/sessions?autres=true", bearer(jeton)));

        for (HttpResponse<String> reponse : reponses) {
            assertEquals(403, reponse.statusCode(), reponse.request().uri() + " " + reponse.body());
            assertEquals("acces.session_requise", json(reponse).get("code").asText());
        }
        assertEquals(1, jetons().size());
        assertTrue(jetons().get(0).revoqueLe().isEmpty());
        assertEquals(200, serveur.get("/api/v1/moi", bearer(session)).statusCode(), "no session was ended");
    }

    @Test
    void the_forms_of_the_api_access_page_refuse_a_post_without_the_csrf_token() {
        String session = portail.jeton();
        String id = json(serveur.postJson(API, "{\"nom\":\"SIRH\",\"droits\":\"LECTURE\",\"expireLe\":\"2027-03-01\"}",
                bearer(session))).get("id").asText();
        portail.connecter();

        HttpResponse<String> creation = serveur.postFormulaire(PAGE, formulaire("Autre", "LECTURE", "2027-03-01"));
        HttpResponse<String> revocation = serveur.postFormulaire(PAGE + "/" + id + "/revocation", Map.of());

        assertEquals(403, creation.statusCode());
        assertEquals(403, revocation.statusCode());
        assertEquals(1, jetons().size());
        assertTrue(jetons().get(0).revoqueLe().isEmpty());
    }
}
