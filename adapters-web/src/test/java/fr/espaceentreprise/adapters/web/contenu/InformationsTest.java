package fr.espaceentreprise.adapters.web.contenu;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.contenu.EspaceContenus;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Service d'urgence, sécurité, contact, FAQ and aide, over HTTP in French and English, and their back office. */
class InformationsTest {

    private static final String GESTIONNAIRE = "90000001";

    private final EspaceContenus espace = new EspaceContenus();
    private final EspaceConsultation monde = espace.consultation;
    private final Entreprise durand = monde.entreprise("Durand SA");
    private final Contrat sousMandat = monde.contrat(durand);
    private final Contrat horsMandat = monde.contrat(durand);
    private final Mandataire courtier = monde.mandataire("Courtage Expat");
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        monde.salarie(UnSalarie.nomme("Nguyen").expatrieEn("VN").affilieA(sousMandat));
        monde.salarie(UnSalarie.nomme("Keller").expatrieEn("DE").affilieA(sousMandat));
        monde.salarie(UnSalarie.nomme("Silva").expatrieEn("BR").affilieA(horsMandat));
        monde.mandat(courtier, sousMandat);
        monde.compteEntreprise(durand);
        monde.compteMandataire(courtier);
        monde.comptes.gestionnaire();
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private void connecter(String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecter(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(303, reponse.statusCode(), reponse.body());
    }

    private String jeton(String numeroAdherent) {
        return Navigation.jeton(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
    }

    // --- urgence

    @Test
    void the_emergency_page_gives_each_zone_its_number_as_a_tel_link_and_the_users_countries_in_french() {
        connecter(durand.numeroAdherent().valeur());

        HttpResponse<String> reponse = serveur.get("/urgence?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Service d’urgence</h1>"), page);
        assertTrue(page.contains("<h3 id=\"zone-europe-titre\">Europe</h3>"), page);
        assertTrue(page.contains("href=\"tel:" + EspaceContenus.ASSISTANCE_EUROPE.valeur() + "\">"
                + EspaceContenus.ASSISTANCE_EUROPE.formate() + "</a>"), page);
        assertTrue(page.contains("href=\"tel:" + EspaceContenus.CENTRE_DE_GESTION.valeur() + "\""), page);
        assertTrue(page.contains("<li>Allemagne</li>"), page);
        assertTrue(page.contains("<li>Viêt Nam</li>") || page.contains("<li>Vietnam</li>"), page);
        assertTrue(page.contains("<li>Brésil</li>"), page);
        assertTrue(page.contains("<a href=\"/urgence\" aria-current=\"page\">Service d’urgence</a>"), page);
    }

    @Test
    void the_emergency_page_speaks_english_and_a_broker_sees_only_his_portfolios_countries() {
        connecter(courtier.numeroAdherent().valeur());

        String page = serveur.get("/urgence?lang=en").body();

        assertTrue(page.contains("<h1>Emergency</h1>"), page);
        assertTrue(page.contains("<h3 id=\"zone-amerique_latine_caraibes-titre\">Latin America and the Caribbean</h3>"),
                page);
        assertTrue(page.contains("<li>Germany</li>"), page);
        assertFalse(page.contains("<li>Brazil</li>"), "Silva is under a contract outside the mandate");
    }

    @Test
    void the_security_link_opens_a_new_tab_without_opener_nor_referrer_with_one_line_saying_what_it_is() {
        connecter(durand.numeroAdherent().valeur());

        String securite = serveur.get("/securite?lang=fr").body();
        String urgence = serveur.get("/urgence?lang=en").body();

        String lien = "<a href=\"https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/\" target=\"_blank\" "
                + "rel=\"noopener noreferrer\">";
        assertTrue(securite.contains(lien + "Consulter les alertes de sécurité dans le monde"), securite);
        assertTrue(securite.contains("Le site officiel de conseils aux voyageurs publie"), securite);
        assertTrue(urgence.contains(lien + "See the security alerts around the world"), urgence);
    }

    @Test
    void a_visitor_is_sent_to_login_for_the_emergency_numbers_and_the_api_answers_401() {
        assertEquals(303, serveur.get("/urgence").statusCode());
        assertEquals(401, serveur.get("/api/v1/urgence").statusCode());
        assertEquals(401, serveur.get("/api/v1/faq").statusCode());
    }

    @Test
    void the_api_lists_every_zone_with_the_callers_countries_in_his_language() {
        String jeton = jeton(durand.numeroAdherent().valeur());

        JsonNode urgence = json(serveur.get("/api/v1/urgence?lang=en", bearer(jeton)));

        assertEquals(ZoneUrgence.values().length, urgence.get("zones").size());
        JsonNode europe = urgence.get("zones").get(0);
        assertEquals("EUROPE", europe.get("zone").asText());
        assertEquals(EspaceContenus.ASSISTANCE_EUROPE.valeur(), europe.get("telephone").asText());
        assertEquals("24/7", europe.get("note").asText());
        assertEquals("[\"DE\"]", europe.get("pays").toString());
        assertEquals(EspaceContenus.CENTRE_DE_GESTION.valeur(), urgence.at("/centreDeGestion/telephone").asText());
        assertEquals("https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/",
                urgence.get("alertesSecurite").asText());
    }

    // --- contact

    @Test
    void the_contact_page_lists_the_sales_team_and_says_the_customer_service_is_open_on_monday_morning() {
        String fr = serveur.get("/contact?lang=fr").body();
        monde.horloge.avancer(Duration.ofHours(12));
        String en = serveur.get("/contact?lang=en").body();

        assertTrue(fr.contains("<h3 id=\"contact-" + espace.contactAfrique.id() + "\">Awa Diallo</h3>"), fr);
        assertTrue(fr.contains("Chargée d'affaires — Afrique et Moyen-Orient")
                || fr.contains("Chargée d&#39;affaires — Afrique et Moyen-Orient"), fr);
        assertTrue(fr.contains("href=\"tel:" + espace.contactAfrique.telephone().valeur() + "\""), fr);
        assertTrue(fr.contains("href=\"mailto:" + EspaceContenus.CRC.email().valeur() + "\""), fr);
        assertTrue(fr.contains("Du lundi au vendredi, de 8 h à 18 h (heure de Paris)"), fr);
        assertTrue(fr.contains(">Ouvert en ce moment</p>"), fr);
        assertTrue(en.contains("Account manager — Africa and the Middle East"), en);
        assertTrue(en.contains(">Closed now: leave a message"), en);
    }

    @Test
    void the_contacts_api_gives_the_team_and_the_customer_service_hours() {
        String jeton = jeton(durand.numeroAdherent().valeur());

        JsonNode contacts = json(serveur.get("/api/v1/contacts?lang=en", bearer(jeton)));

        assertEquals("Awa Diallo", contacts.at("/items/0/nom").asText());
        assertEquals("Account manager", contacts.at("/items/0/fonction").asText());
        assertTrue(contacts.has("suivant") && contacts.get("suivant").isNull(), contacts.toString());
        assertEquals("08:00", contacts.at("/centreRelationsClients/horaires/ouverture").asText());
        assertEquals("Europe/Paris", contacts.at("/centreRelationsClients/horaires/fuseau").asText());
        assertTrue(contacts.at("/centreRelationsClients/ouvertMaintenant").asBoolean());
    }

    // --- FAQ and help

    @Test
    void the_faq_search_finds_in_the_pages_language_and_says_when_nothing_matches() {
        String trouve = serveur.get("/faq?lang=fr&q=attestation").body();
        String rien = serveur.get("/faq?lang=fr&q=certificate").body();
        String anglais = serveur.get("/faq?lang=en&q=certificate").body();

        assertTrue(trouve.contains("<summary>Comment obtenir l&#39;<mark>attestation</mark> d&#39;un salarié ?</summary>")
                || trouve.contains("<summary>Comment obtenir l'<mark>attestation</mark> d'un salarié ?</summary>"), trouve);
        assertFalse(trouve.contains("oublié mon mot de passe"), trouve);
        assertTrue(trouve.contains("value=\"attestation\""), "the form keeps the search");
        assertTrue(rien.contains("Aucune question ne contient « certificate »."), rien);
        assertFalse(rien.contains("<summary>"), rien);
        assertTrue(anglais.contains("<summary>How do I get an employee&#39;s <mark>certificate</mark>?</summary>")
                || anglais.contains("<summary>How do I get an employee's <mark>certificate</mark>?</summary>"), anglais);
    }

    @Test
    void the_words_searched_are_marked_whatever_their_case_and_markup_typed_is_shown_as_text() {
        String page = serveur.get("/faq?lang=en&q=" + java.net.URLEncoder.encode("PASSWORD <forgot>",
                java.nio.charset.StandardCharsets.UTF_8)).body();

        assertTrue(page.contains("<summary>I <mark>forgot</mark> my <mark>password</mark></summary>"), page);
        assertFalse(page.contains("<forgot>"), page);
        assertTrue(page.contains("value=\"PASSWORD &lt;forgot"), page);
    }

    @Test
    void the_faq_api_searches_in_the_users_language() {
        String jeton = jeton(durand.numeroAdherent().valeur());

        JsonNode trouvees = json(serveur.get("/api/v1/faq?q=password&lang=en", bearer(jeton)));
        JsonNode aucune = json(serveur.get("/api/v1/faq?q=password&lang=fr", bearer(jeton)));
        JsonNode toutes = json(serveur.get("/api/v1/faq", bearer(jeton)));

        assertEquals(1, trouvees.get("items").size(), trouvees.toString());
        assertEquals("I forgot my password", trouvees.at("/items/0/question").asText());
        assertEquals("COMPTE", trouvees.at("/items/0/theme").asText());
        assertEquals(0, aucune.get("items").size());
        assertEquals(2, toutes.get("items").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void the_help_has_an_anchor_per_rubrique_and_a_summary_linking_them(String langue) {
        String page = serveur.get("/aide?lang=" + langue).body();

        assertTrue(page.contains("<section id=\"salaries\""), page);
        assertTrue(page.contains("<a href=\"#donnees-personnelles\">"), page);
        assertTrue(page.contains(langue.equals("fr") ? "<h1>Aide à l’utilisation</h1>" : "<h1>Help</h1>"), page);
        assertTrue(page.contains(langue.equals("fr") ? "Aide de la rubrique mon-compte"
                : "Help of the section mon-compte"), page);
    }

    @Test
    void a_logged_in_user_sees_the_navigation_on_the_public_pages_and_a_visitor_does_not() {
        String visiteur = serveur.get("/faq?lang=fr").body();
        connecter(durand.numeroAdherent().valeur());
        String connecte = serveur.get("/faq?lang=fr").body();

        assertFalse(visiteur.contains("class=\"navigation\""), visiteur);
        assertTrue(connecte.contains("<a href=\"/faq\" aria-current=\"page\">FAQ</a>"), connecte);
        assertTrue(connecte.contains("<a href=\"/urgence\""), connecte);
    }

    // --- back office

    @Test
    void a_front_office_user_gets_404_on_the_back_office_of_contents() {
        connecter(durand.numeroAdherent().valeur());

        assertEquals(404, serveur.get("/gestion/contenus").statusCode());
        assertEquals(404, serveur.get("/gestion/contenus/zones/EUROPE").statusCode());
        HttpResponse<String> retrait = serveur.postFormulaire("/gestion/contenus/contacts/"
                + espace.contactAfrique.id() + "/retrait", serveur.avecJeton(Map.of()));
        assertEquals(404, retrait.statusCode());
        assertEquals(List.of(espace.contactAfrique), espace.contacts.lister());
    }

    @Test
    void the_back_office_changes_a_zone_number_which_a_user_then_sees_and_the_journal_records() {
        connecter(GESTIONNAIRE);
        HttpResponse<String> reponseApercu = serveur.get("/gestion/contenus?lang=fr");
        assertEquals(200, reponseApercu.statusCode(), reponseApercu.body());
        String apercu = reponseApercu.body();
        String formulaire = serveur.get("/gestion/contenus/zones/ASIE?lang=fr").body();

        HttpResponse<String> enregistre = serveur.postFormulaire("/gestion/contenus/zones/ASIE",
                serveur.avecJeton(Map.of("telephone", "+65 6999 0000", "noteFr", "Singapour, jour et nuit",
                        "noteEn", "Singapore, day and night")));
        serveur.oublierLesCookies();
        connecter(durand.numeroAdherent().valeur());
        String urgence = serveur.get("/urgence?lang=en").body();

        assertTrue(apercu.contains("<a href=\"/gestion/contenus/zones/ASIE\">"), apercu);
        assertTrue(apercu.contains("<a href=\"/gestion/contenus\" aria-current=\"page\">Contenus du portail</a>"),
                apercu);
        assertTrue(formulaire.contains("<label for=\"champ-telephone\">Téléphone"), formulaire);
        assertEquals(303, enregistre.statusCode(), enregistre.body());
        assertEquals("/gestion/contenus?fait=zone", enregistre.headers().firstValue("Location").orElseThrow());
        assertTrue(urgence.contains("href=\"tel:+6569990000\">+65 69990000</a>"), urgence);
        assertTrue(urgence.contains("Singapore, day and night"), urgence);
        EvenementAudit audit = monde.comptes.journal.deType(TypeEvenementAudit.CONTENU_MODIFIE).get(0);
        assertEquals("zone=ASIE", audit.detail().orElseThrow());
    }

    @Test
    void a_refused_form_comes_back_with_each_error_beside_its_field_and_what_was_typed() {
        connecter(GESTIONNAIRE);

        HttpResponse<String> reponse = serveur.postFormulaire("/gestion/contenus/contacts",
                serveur.avecJeton(Map.of("nom", "Paul Rivière", "fonctionFr", "", "fonctionEn", "Sales",
                        "telephone", "12", "email", "paul@", "secteurFr", "Europe", "secteurEn", "Europe",
                        "ordre", "mille")), "Accept-Language", "fr");

        assertEquals(400, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("id=\"champ-fonctionFr-erreur\""), page);
        assertTrue(page.contains("id=\"champ-telephone-erreur\""), page);
        assertTrue(page.contains("id=\"champ-email-erreur\""), page);
        assertTrue(page.contains("id=\"champ-ordre-erreur\""), page);
        assertTrue(page.contains("L’ordre d’affichage est un nombre entier de 0 à 999."), page);
        assertTrue(page.contains("value=\"Paul Rivière\""), page);
        assertEquals(1, espace.contacts.lister().size());
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() {
        connecter(GESTIONNAIRE);

        HttpResponse<String> reponse = serveur.postFormulaire("/gestion/contenus/centre-de-gestion",
                Map.of("telephone", "01 23 45 67 89", "noteFr", "a", "noteEn", "b"));

        assertEquals(403, reponse.statusCode());
        assertEquals(EspaceContenus.CENTRE_DE_GESTION,
                espace.numeros.centreDeGestion().orElseThrow().telephone());
    }

    @Test
    void the_back_office_adds_a_contact_and_a_faq_entry_that_users_then_find_and_removes_them() {
        connecter(GESTIONNAIRE);
        HttpResponse<String> contact = serveur.postFormulaire("/gestion/contenus/contacts",
                serveur.avecJeton(Map.of("nom", "Paul Rivière", "fonctionFr", "Commercial", "fonctionEn", "Sales",
                        "telephone", "01 40 00 00 07", "email", "paul.riviere@welcare.fr", "secteurFr", "Océanie",
                        "secteurEn", "Oceania", "ordre", "5")));
        HttpResponse<String> question = serveur.postFormulaire("/gestion/contenus/faq",
                serveur.avecJeton(Map.of("theme", "EXPATRIATION", "ordre", "1",
                        "questionFr", "Le rapatriement est-il couvert ?", "questionEn", "Is repatriation covered?",
                        "reponseFr", "Oui, avec l’option rapatriement.", "reponseEn", "Yes, with the option.")));
        Contact ajoute = espace.contacts.lister().get(1);
        QuestionFaq ajoutee = espace.faq.lister().stream().filter(q -> q.question().en().startsWith("Is repat"))
                .findFirst().orElseThrow();
        String apercu = serveur.get("/gestion/contenus?lang=en&fait=contact_ajoute").body();

        String contactVu = serveur.get("/contact?lang=en").body();
        String faqVue = serveur.get("/faq?lang=en&q=repatriation").body();
        serveur.postFormulaire("/gestion/contenus/contacts/" + ajoute.id() + "/retrait", serveur.avecJeton(Map.of()));
        serveur.postFormulaire("/gestion/contenus/faq/" + ajoutee.id() + "/retrait", serveur.avecJeton(Map.of()));

        assertEquals(303, contact.statusCode(), contact.body());
        assertEquals(303, question.statusCode(), question.body());
        assertTrue(apercu.contains("The contact is added."), apercu);
        assertTrue(contactVu.contains("Paul Rivière"), contactVu);
        assertTrue(faqVue.contains("<summary>Is <mark>repatriation</mark> covered?</summary>"), faqVue);
        assertEquals(List.of(espace.contactAfrique), espace.contacts.lister());
        assertFalse(serveur.get("/faq?lang=en&q=repatriation").body().contains("<summary>"));
        assertEquals(4, monde.comptes.journal.deType(TypeEvenementAudit.CONTENU_MODIFIE).size());
    }

    @Test
    void the_edit_form_of_a_faq_entry_is_filled_with_its_texts_and_an_unknown_one_is_404() {
        connecter(GESTIONNAIRE);

        String page = serveur.get("/gestion/contenus/faq/" + espace.questionMotDePasse.id() + "?lang=fr").body();

        assertTrue(page.contains("value=\"I forgot my password\""), page);
        assertTrue(page.contains("<option value=\"COMPTE\" selected>Votre compte</option>"), page);
        assertEquals(404, serveur.get("/gestion/contenus/faq/00000000-0000-0000-0000-000000000000").statusCode());
        assertEquals(404, serveur.get("/gestion/contenus/zones/ATLANTIDE").statusCode());
    }
}
