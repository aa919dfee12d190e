package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.CguEnMemoire;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class CguTest {

    @Test
    void the_cgu_in_force_are_a_public_printable_page_showing_the_text_published_with_the_version() {
        try (ServeurDeTest serveur = ServeurDeTest.demarrer(new EspaceComptes().ports())) {
            String francais = serveur.get("/cgu", langue(Langue.FR)).body();
            String anglais = serveur.get("/cgu", langue(Langue.EN)).body();

            assertTrue(francais.contains("<h1>Conditions générales d’utilisation</h1>"), francais);
            assertTrue(francais.contains("Version 2026-01, en vigueur depuis le samedi 31 janvier 2026."), francais);
            assertTrue(francais.contains("<h2>Article 2 — Identifiants</h2>\n<p>Le numéro d'adhérent et le mot "
                    + "de passe sont personnels.</p>\n<p>Gardez-les secrets.</p>"), francais);
            assertTrue(francais.contains("<a href=\"/cgu\" aria-current=\"page\">"), "linked from the footer");
            assertTrue(anglais.contains("<h1>Terms of use</h1>"), anglais);
            assertTrue(anglais.contains("Version 2026-01, in force since Saturday, January 31, 2026."), anglais);
            assertTrue(anglais.contains("<h2>Article 1 — Purpose</h2>"), anglais);
            assertTrue(anglais.contains("print command"));
        }
    }

    @Test
    void the_api_gives_the_version_and_its_text_in_the_language_asked_for() {
        try (ServeurDeTest serveur = ServeurDeTest.demarrer(new EspaceComptes().ports())) {
            JsonNode cgu = json(serveur.get("/api/v1/cgu", langue(Langue.EN)));

            assertEquals("2026-01", cgu.get("version").asText());
            assertEquals("2026-01-31T08:00:00Z", cgu.get("publieeLe").asText());
            assertEquals("en", cgu.get("langue").asText());
            assertEquals(CguEnMemoire.textePar(EspaceComptes.CGU, Langue.EN), cgu.get("texte").asText());
        }
    }

    @Test
    void without_any_version_published_the_page_says_so_and_the_api_answers_404() {
        try (ServeurDeTest serveur = ServeurDeTest.demarrer(EspaceComptes.sansCguPubliees().ports())) {
            HttpResponse<String> page = serveur.get("/cgu", langue(Langue.FR));
            HttpResponse<String> api = serveur.get("/api/v1/cgu");

            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Aucune version des conditions générales d’utilisation n’est publiée"));
            assertFalse(page.body().contains("Article"));
            assertEquals(404, api.statusCode());
        }
    }

    @Test
    void a_published_text_is_cut_into_headed_blocks_at_its_blank_lines() {
        List<TexteCgu.Section> sections = TexteCgu.depuis("Titre du texte\r\nVersion 3\n \n\nArticle 1 — Objet\n"
                + "Premier paragraphe.\nSecond paragraphe.\n\nUne phrase seule.\n");

        assertEquals(List.of(new TexteCgu.Section("Titre du texte", List.of("Version 3")),
                new TexteCgu.Section("Article 1 — Objet", List.of("Premier paragraphe.", "Second paragraphe.")),
                new TexteCgu.Section(null, List.of("Une phrase seule."))), sections);
    }
}
