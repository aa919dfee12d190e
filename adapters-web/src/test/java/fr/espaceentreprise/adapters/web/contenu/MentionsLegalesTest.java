package fr.espaceentreprise.adapters.web.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionsLegalesTest {

    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void the_legal_notice_names_the_publisher_its_director_and_the_host_in_french() {
        HttpResponse<String> page = serveur.get("/mentions-legales");

        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase(Locale.ROOT));
        String html = page.body();
        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<title>Mentions légales — Espace Entreprise</title>"), html);
        assertTrue(html.contains("<h1>Mentions légales</h1>"));
        assertTrue(html.contains("Welcare, service de gestion, société par actions simplifiée"));
        assertTrue(html.contains("812 345 676"));
        assertTrue(html.contains("<h2>Directrice de la publication</h2>"));
        assertTrue(html.contains("Hélène Marchetti"));
        assertTrue(html.contains("Nébule Hébergement"));
        assertTrue(html.contains("27 boulevard de la Liberté, 59800 Lille"));
    }

    @Test
    void the_legal_notice_is_in_english_for_an_english_speaking_browser() {
        String html = serveur.get("/mentions-legales", "Accept-Language", "en-US,en;q=0.9,fr;q=0.5").body();

        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<h1>Legal notice</h1>"));
        assertTrue(html.contains("<h2>Director of publication</h2>"));
        assertTrue(html.contains("Hélène Marchetti, President of Welcare"));
        assertTrue(html.contains("<h2>Host</h2>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fr, /cgu, Conditions générales d’utilisation",
        "fr, /mentions-legales, Mentions légales",
        "fr, /aide, Aide",
        "fr, /contact, Contact",
        "en, /cgu, Terms of use",
        "en, /mentions-legales, Legal notice",
        "en, /aide, Help",
        "en, /contact, Contact"})
    void every_page_links_to_the_terms_legal_notice_help_and_contact(String langue, String lien, String texte) {
        String html = serveur.get("/mentions-legales?lang=" + langue).body();

        String courant = lien.equals("/mentions-legales") ? " aria-current=\"page\"" : "";
        assertTrue(html.contains("<li><a href=\"" + lien + "\"" + courant + ">" + texte + "</a></li>"), html);
    }

    @Test
    void the_layout_offers_a_skip_link_to_the_main_content_and_the_stylesheet_without_inline_code() {
        String html = serveur.get("/mentions-legales").body();

        assertTrue(html.contains("<a class=\"lien-evitement\" href=\"#contenu\">Aller au contenu</a>"), html);
        assertTrue(html.contains("<main id=\"contenu\""));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/css/espace.css\">"));
        assertTrue(!html.contains("<script") && !html.contains("style=") && !html.contains("<style"), html);
    }

    @Test
    void nobody_logged_in_sees_no_logout_form() {
        assertTrue(!serveur.get("/mentions-legales").body().contains("/deconnexion"));
    }
}
