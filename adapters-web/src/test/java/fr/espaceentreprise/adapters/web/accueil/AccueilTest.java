package fr.espaceentreprise.adapters.web.accueil;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.adapters.web.consultation.Monde;
import fr.espaceentreprise.application.compte.EspaceComptes;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccueilTest {

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
    void the_home_page_shows_the_entreprise_the_appels_to_pay_late_ones_marked_and_the_demandes_awaiting_reply() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/accueil?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("Entreprise : Durand SA (numéro d’adhérent " + monde.durand.numeroAdherent().valeur()
                + ")"), page);
        assertTrue(page.contains("<h2 id=\"accueil-appels\">Appels de cotisations à régler</h2>"), page);
        int retard = page.indexOf("Q-DUR-2025-4");
        int aPayer = page.indexOf("Q-DUR-2026-1");
        assertTrue(retard > 0 && aPayer > retard, "late first, then by due date: " + page);
        assertTrue(page.contains("<span class=\"etat etat--en-retard\">En retard</span>"), page);
        assertFalse(page.contains("Q-DUR-2025-3"), "a paid appel needs no attention");
        assertTrue(page.contains("<a href=\"/cotisations\">Voir toutes les cotisations</a>"), page);
        assertTrue(page.contains("<a href=\"/demandes/" + monde.demandeEnAttente.id() + "\">Autre demande</a>"), page);
        assertTrue(page.contains("Votre précédente connexion") || page.contains("première connexion"), page);
        assertTrue(page.contains("<a href=\"/interlocuteur\">Interlocuteur</a>"), "the shortcuts stay");
    }

    @Test
    void the_navigation_links_the_rubriques_that_exist_and_marks_the_current_one() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/accueil?lang=fr").body();
        String navigation = navigation(page);

        assertTrue(navigation.contains("<a href=\"/accueil\" aria-current=\"page\">Accueil</a>"), navigation);
        assertTrue(navigation.contains("<a href=\"/interlocuteur\">Interlocuteur</a>"), navigation);
        assertTrue(navigation.contains("<a href=\"/salaries\">Salariés</a>"), navigation);
        assertTrue(navigation.contains("<a href=\"/contrats\">Contrats</a>"), navigation);
        assertTrue(navigation.contains("<a href=\"/cotisations\">Cotisations</a>"), navigation);
        assertTrue(navigation.contains("<a href=\"/demandes\">Demandes</a>"), navigation);
        assertTrue(navigation.contains("<a href=\"/telechargements\">Téléchargement</a>"), navigation);
    }

    @Test
    void a_broker_sees_his_portfolio_and_the_appels_of_every_company_in_english() {
        monde.connecterCourtier(serveur);

        String page = serveur.get("/accueil?lang=en").body();

        assertTrue(page.contains("<h2 id=\"accueil-portefeuille\">Your portfolio</h2>"), page);
        assertTrue(page.contains("<a href=\"/interlocuteur?entreprise=" + monde.ozturk.id() + "\">Öztürk Export</a>"),
                page);
        assertTrue(page.contains("Q-OZT-2026-1"), page);
        assertFalse(page.contains("Q-PRV-2026-1"), "not under his mandats");
        assertFalse(page.contains("Martin SARL"), page);
        assertTrue(page.contains("<a href=\"/cotisations?entreprise=toutes\">See all contributions</a>"), page);
        assertTrue(page.contains(">Overdue</span>"), page);
    }

    @Test
    void the_gestionnaire_home_page_has_no_rubrique_lists() {
        monde.espace.comptes.gestionnaire();
        Navigation.connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE);

        String page = serveur.get("/accueil?lang=fr").body();

        assertFalse(page.contains("Appels de cotisations à régler"), page);
        assertFalse(navigation(page).contains("/salaries"), page);
        assertTrue(navigation(page).contains("/gestion/inscriptions"), page);
    }

    @Test
    void the_api_gives_the_home_page_lists() {
        JsonNode accueil = json(serveur.get("/api/v1/accueil", bearer(monde.jeton(serveur, monde.durand))));

        assertEquals("Durand SA", accueil.get("entreprises").get(0).get("raisonSociale").asText());
        assertEquals("Q-DUR-2025-4", accueil.get("appelsARegler").get(0).get("numeroQuittance").asText());
        assertEquals(100000, accueil.get("appelsARegler").get(0).get("montantRestant").asLong());
        assertFalse(accueil.get("plusDAppels").asBoolean());
        assertEquals(monde.demandeEnAttente.id().toString(),
                accueil.get("demandesEnAttente").get(0).get("id").asText());
        assertEquals("AUTRE", accueil.get("demandesEnAttente").get(0).get("type").asText());
        assertFalse(accueil.get("plusDeDemandes").asBoolean());
    }

    private static String navigation(String page) {
        int debut = page.indexOf("<nav class=\"navigation\"");
        return page.substring(debut, page.indexOf("</nav>", debut));
    }
}
