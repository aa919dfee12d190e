package fr.espaceentreprise.adapters.web.contrat;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.consultation.Monde;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContratsTest {

    private final Monde monde = new Monde();
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(monde.espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void the_contrats_are_listed_with_organisme_garantie_dates_state_and_options_in_french() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/contrats?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Contrats</h1>"), page);
        assertTrue(page.contains("<th scope=\"row\"><a href=\"/contrats/" + monde.santeDurand.id()
                + "\">SANTE-DUR-01</a></th>"), page);
        assertTrue(page.contains("PREV-DUR-02"), page);
        assertTrue(page.contains("<td>Humanis Assurances</td>"), page);
        assertTrue(page.contains("<td>Santé Expat CFE Confort</td>"), page);
        assertTrue(page.contains("<td>1 janvier 2024</td>") || page.contains("<td>1er janvier 2024</td>"), page);
        assertTrue(page.contains("<span class=\"etat etat--actif\">En vigueur</span>"), page);
        assertTrue(page.contains("Maternité"), page);
        assertTrue(page.contains("<caption>"), page);
    }

    @Test
    void the_page_speaks_english() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/contrats?lang=en").body();

        assertTrue(page.contains("<h1>Contracts</h1>"), page);
        assertTrue(page.contains(">In force</span>"), page);
        assertTrue(page.contains("Maternity"), page);
        assertTrue(page.contains("Death and disability cover"), page);
    }

    @Test
    void one_contrat_has_its_page_with_links_to_its_salaries_and_contributions() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/contrats/" + monde.santeDurand.id() + "?lang=fr").body();

        assertTrue(page.contains("<h1>Contrat n° SANTE-DUR-01</h1>"), page);
        assertTrue(page.contains("href=\"/salaries?entreprise=" + monde.durand.id() + "&amp;contratId="
                + monde.santeDurand.id() + "\""), page);
        assertTrue(page.contains("href=\"/cotisations?entreprise=" + monde.durand.id() + "&amp;contratId="
                + monde.santeDurand.id() + "\""), page);
    }

    @Test
    void one_contrat_speaks_english_too() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/contrats/" + monde.prevoyanceDurand.id() + "?lang=en").body();

        assertTrue(page.contains("<h1>Contract no. PREV-DUR-02</h1>"), page);
        assertTrue(page.contains("<dd>No end date</dd>"), page);
        assertTrue(page.contains(">Employees enrolled in this contract</a>"), page);
    }

    @Test
    void a_broker_sees_only_the_contrats_under_his_mandats() {
        monde.connecterCourtier(serveur);

        String page = serveur.get("/contrats?entreprise=" + monde.durand.id()).body();

        assertTrue(page.contains("SANTE-DUR-01"), page);
        assertFalse(page.contains("PREV-DUR-02"), page);
    }

    @Test
    void the_api_lists_the_contrats_of_an_entreprise_and_gives_one() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));

        JsonNode liste = json(serveur.get("/api/v1/entreprises/" + monde.durand.id() + "/contrats", durand));
        JsonNode contrat = json(serveur.get("/api/v1/contrats/" + monde.santeDurand.id(), durand));

        assertEquals(2, liste.get("items").size());
        assertTrue(liste.get("suivant").isNull());
        assertEquals("SANTE-DUR-01", contrat.get("numero").asText());
        assertEquals("HUMANIS_ASSURANCES", contrat.get("organisme").asText());
        assertEquals("SANTE_EXPAT_CFE_CONFORT", contrat.get("garantie").asText());
        assertEquals("2024-01-01", contrat.get("dateEffet").asText());
        assertFalse(contrat.has("dateFin"), contrat.toString());
        assertEquals("ACTIF", contrat.get("etat").asText());
        assertEquals("MATERNITE", contrat.get("options").get(0).get("code").asText());
        assertTrue(contrat.get("options").get(0).get("active").asBoolean());
    }
}
