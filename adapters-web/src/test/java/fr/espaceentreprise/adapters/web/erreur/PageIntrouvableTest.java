package fr.espaceentreprise.adapters.web.erreur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageIntrouvableTest {

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
    void an_unknown_page_answers_404_with_the_french_error_page() {
        HttpResponse<String> reponse = serveur.get("/nulle-part");

        assertEquals(404, reponse.statusCode());
        assertTrue(reponse.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = reponse.body();
        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<title>Page introuvable — Espace Entreprise</title>"), html);
        assertTrue(html.contains("<h1>Page introuvable</h1>"), html);
        assertTrue(html.contains("La page ou la ressource demandée n’existe pas, ou vous n’y avez pas accès."));
        assertTrue(html.contains("href=\"/mentions-legales\""), "the error page keeps the common footer");
    }

    @Test
    void an_unknown_page_answers_404_in_english_too() {
        HttpResponse<String> reponse = serveur.get("/nowhere?lang=en");

        assertEquals(404, reponse.statusCode());
        assertTrue(reponse.body().contains("<h1>Page not found</h1>"), reponse.body());
        assertTrue(reponse.body().contains("The page or resource you asked for does not exist"));
    }

    @Test
    void the_language_switch_of_the_error_page_stays_on_the_same_address() {
        String html = serveur.get("/nulle-part?ref=42").body();

        assertTrue(html.contains("href=\"/nulle-part?ref=42&amp;lang=en\""), html);
    }
}
