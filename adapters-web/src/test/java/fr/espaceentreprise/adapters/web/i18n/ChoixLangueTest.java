package fr.espaceentreprise.adapters.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.PortsEnMemoire;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoixLangueTest {

    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(new PortsEnMemoire());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "fr-FR,fr;q=0.9,en;q=0.8 | fr",
        "en-GB,en;q=0.9 | en",
        "en | en",
        "de-DE,de;q=0.9,en;q=0.5 | en",
        "de-DE | fr",
        "fr;q=0.2,en;q=0.9 | en",
        "*;q=;;== | fr"})
    void without_choice_the_browser_language_is_used_and_french_by_default(String acceptLanguage, String attendue) {
        String html = serveur.get("/mentions-legales", "Accept-Language", acceptLanguage).body();

        assertTrue(html.contains("<html lang=\"" + attendue + "\">"), html);
    }

    @Test
    void without_any_hint_the_page_is_french() {
        assertTrue(serveur.get("/mentions-legales").body().contains("<html lang=\"fr\">"));
    }

    @Test
    void the_language_chosen_is_remembered_in_a_cookie_over_the_browser_language() {
        HttpResponse<String> choix = serveur.get("/mentions-legales?lang=en", "Accept-Language", "fr");

        String cookie = choix.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("langue="))
                .findFirst().orElseThrow();
        assertEquals("langue=en; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax", cookie);
        assertTrue(choix.body().contains("<html lang=\"en\">"));
        assertTrue(serveur.get("/mentions-legales", "Accept-Language", "fr").body().contains("<html lang=\"en\">"));
        serveur.get("/mentions-legales?lang=fr");
        assertTrue(serveur.get("/mentions-legales", "Accept-Language", "en").body().contains("<html lang=\"fr\">"));
    }

    @Test
    void under_https_the_language_cookie_is_secure() {
        try (ServeurDeTest https = ServeurDeTest.demarrer(new PortsEnMemoire(),
                URI.create("https://espace.example.com"), ServeurDeTest.AUCUNE_ROUTE)) {
            String cookie = https.get("/mentions-legales?lang=en").headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("langue=")).findFirst().orElseThrow();

            assertEquals("langue=en; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax", cookie);
        }
    }

    @Test
    void an_unknown_language_is_ignored() {
        HttpResponse<String> reponse = serveur.get("/mentions-legales?lang=de", "Accept-Language", "en");

        assertTrue(reponse.body().contains("<html lang=\"en\">"));
        assertTrue(reponse.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("langue=")));
    }

    @Test
    void the_switch_links_to_the_same_page_in_the_other_language() {
        String francais = serveur.get("/mentions-legales").body();
        String anglais = serveur.get("/mentions-legales?lang=en").body();

        assertTrue(francais.contains("<a class=\"entete__langue\" href=\"/mentions-legales?lang=en\" lang=\"en\" "
                + "hreflang=\"en\">English</a>"), francais);
        assertTrue(anglais.contains("<a class=\"entete__langue\" href=\"/mentions-legales?lang=fr\" lang=\"fr\" "
                + "hreflang=\"fr\">Français</a>"), anglais);
    }

    @Test
    void the_switch_never_points_to_another_site() {
        String html = serveur.get("//evil.example/x").body();

        assertTrue(html.contains("class=\"entete__langue\" href=\"/?lang=en\""), html);
    }
}
