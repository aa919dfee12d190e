package fr.espaceentreprise.adapters.web.entreprise;

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
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterlocuteurTest {

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
    void the_entreprise_user_reads_its_details_with_the_iban_masked_and_links_to_change_them() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/interlocuteur?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Interlocuteur</h1>"), page);
        assertTrue(page.contains("<dt>Raison sociale</dt><dd>Durand SA</dd>"), page);
        String siret = monde.durand.siret().valeur();
        assertTrue(page.contains(siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9)
                + " " + siret.substring(9)), page);
        assertTrue(page.contains("<dt>Téléphone</dt><dd>+33 1 23 45 67 89</dd>"), page);
        assertTrue(page.contains("<dd>Prélèvement</dd>"), page);
        assertTrue(page.contains("<dt>IBAN</dt><dd>" + new Iban(UneEntreprise.IBAN).masque() + " "), page);
        assertFalse(page.contains(UneEntreprise.IBAN), "the IBAN never leaves whole");
        assertFalse(page.contains("FR14 2004"), page);
        assertTrue(page.contains("href=\"/demandes/nouvelle?type=MAJ_ENTREPRISE&amp;entreprise=" + monde.durand.id()
                + "\">Demander une modification des informations de l’entreprise</a>"), page);
        assertTrue(page.contains("type=MAJ_MODALITES_PAIEMENT"), page);
        assertTrue(page.contains("type=CHANGEMENT_GARANTIE"), page);
        assertTrue(page.contains("<a href=\"/interlocuteur\" aria-current=\"page\">Interlocuteur</a>"), page);
    }

    @Test
    void the_page_speaks_english() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/interlocuteur?lang=en").body();

        assertTrue(page.contains("<h1>Your company</h1>"), page);
        assertTrue(page.contains("<dd>Direct debit</dd>"), page);
        assertTrue(page.contains(">Ask for a change to the payment details</a>"), page);
    }

    @Test
    void a_broker_picks_one_of_the_entreprises_of_his_portfolio() {
        monde.connecterCourtier(serveur);

        String parDefaut = serveur.get("/interlocuteur?lang=fr").body();
        String ozturk = serveur.get("/interlocuteur?entreprise=" + monde.ozturk.id()).body();

        assertTrue(parDefaut.contains("<dd>Durand SA</dd>"), parDefaut);
        assertTrue(parDefaut.contains("<form class=\"formulaire filtre choix-entreprise\" method=\"get\" "
                + "action=\"/interlocuteur\">"), parDefaut);
        assertTrue(ozturk.contains("<dd>Öztürk Export</dd>"), ozturk);
    }

    @Test
    void a_gestionnaire_has_no_portfolio_but_reads_an_entreprise_by_its_id() {
        monde.espace.comptes.gestionnaire();
        Navigation.connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE);

        String sansEntreprise = serveur.get("/interlocuteur?lang=fr").body();
        HttpResponse<String> parId = serveur.get("/interlocuteur?entreprise=" + monde.martin.id());

        assertTrue(sansEntreprise.contains("Aucune entreprise à afficher pour votre compte."), sansEntreprise);
        assertEquals(200, parId.statusCode());
        assertTrue(parId.body().contains("<dd>Martin SARL</dd>"), parId.body());
        assertFalse(parId.body().contains("<a href=\"/interlocuteur\""), "no rubrique in a gestionnaire's navigation");
    }

    @Test
    void the_api_lists_the_portfolio_and_gives_one_entreprise() {
        String[] courtier = bearer(monde.jetonCourtier(serveur));

        JsonNode liste = json(serveur.get("/api/v1/entreprises", courtier));
        JsonNode fiche = json(serveur.get("/api/v1/entreprises/" + monde.durand.id(), courtier));

        assertEquals(2, liste.get("items").size());
        assertEquals("Durand SA", liste.get("items").get(0).get("raisonSociale").asText());
        assertEquals("Öztürk Export", liste.get("items").get(1).get("raisonSociale").asText());
        assertTrue(liste.get("suivant").isNull());
        assertEquals(monde.durand.numeroAdherent().valeur(), fiche.get("numeroAdherent").asText());
        assertEquals(monde.durand.siret().valeur(), fiche.get("siret").asText());
        assertEquals("75002", fiche.get("adresseCorrespondance").get("codePostal").asText());
        assertEquals("PRELEVEMENT", fiche.get("modalitesPaiement").get("mode").asText());
        assertEquals(new Iban(UneEntreprise.IBAN).masque(), fiche.get("modalitesPaiement").get("ibanMasque").asText());
        assertFalse(fiche.toString().contains(UneEntreprise.IBAN), fiche.toString());
        assertEquals("TRIMESTRIELLE", fiche.get("modalitesPaiement").get("periodicite").asText());
    }
}
