package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CguTest {

    @Test
    void the_cgu_in_force_are_a_public_printable_page_in_both_languages() {
        try (ServeurDeTest serveur = ServeurDeTest.demarrer(new EspaceComptes())) {
            String francais = serveur.get("/cgu", langue(Langue.FR)).body();
            String anglais = serveur.get("/cgu", langue(Langue.EN)).body();

            assertTrue(francais.contains("<h1>Conditions générales d’utilisation</h1>"), francais);
            assertTrue(francais.contains("Version 2026-01, en vigueur depuis le samedi 31 janvier 2026."), francais);
            assertTrue(francais.contains("<h2>Compte utilisateur : identifiant et mot de passe</h2>"));
            assertTrue(francais.contains("+33 (0)2 54 45 56 77"));
            assertTrue(francais.contains("<a href=\"/cgu\" aria-current=\"page\">"), "linked from the footer");
            assertTrue(anglais.contains("<h1>Terms of use</h1>"), anglais);
            assertTrue(anglais.contains("Version 2026-01, in force since Saturday, January 31, 2026."), anglais);
            assertTrue(anglais.contains("print command"));
        }
    }

    @Test
    void the_api_gives_the_version_and_its_text_in_the_language_asked_for() {
        try (ServeurDeTest serveur = ServeurDeTest.demarrer(new EspaceComptes())) {
            JsonNode cgu = json(serveur.get("/api/v1/cgu", langue(Langue.EN)));

            assertEquals("2026-01", cgu.get("version").asText());
            assertEquals("2026-01-31T08:00:00Z", cgu.get("publieeLe").asText());
            assertEquals("Preamble", cgu.get("sections").get(0).get("titre").asText());
            assertTrue(cgu.get("sections").size() >= 10);
        }
    }

    @Test
    void without_any_version_published_the_page_still_shows_the_text_and_the_api_answers_404() {
        try (ServeurDeTest serveur = ServeurDeTest.demarrer(EspaceComptes.sansCguPubliees())) {
            HttpResponse<String> page = serveur.get("/cgu");
            HttpResponse<String> api = serveur.get("/api/v1/cgu");

            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h2>Préambule</h2>"));
            assertEquals(404, api.statusCode());
        }
    }
}
