package fr.espaceentreprise.adapters.web.salarie;

import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.adapters.web.consultation.Monde;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public check of an attestation: whoever holds the paper, no login. */
class VerificationTest {

    private static final String PREMIER_CODE = "00000000000000000001";

    private final Monde monde = new Monde();
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(monde.espace.ports());
        monde.connecter(serveur, monde.durand);
        assertEquals(200, serveur.getOctets("/salaries/" + monde.wrobel.id() + "/attestation.pdf").statusCode());
        serveur.get("/deconnexion");
        serveur.oublierLesCookies();
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void a_valid_attestation_is_said_genuine_and_valid_and_shows_only_what_it_prints() {
        HttpResponse<String> reponse = serveur.get("/verification/" + PREMIER_CODE, "Accept-Language", "fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("Cette attestation est authentique et valide."), page);
        assertTrue(page.contains("Łukasz Wróbel"), page);
        assertTrue(page.contains("23 avril 1980"), page);
        assertTrue(page.contains("Durand SA"), page);
        assertTrue(page.contains("SANTE-DUR-01"), page);
        assertTrue(page.contains("<dt>Date d’émission</dt><dd>2 mars 2026</dd>"), page);
        assertTrue(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), page);
        assertEquals("no-referrer", reponse.headers().firstValue("Referrer-Policy").orElseThrow());
        assertFalse(page.contains("example.pl"), "no e-mail");
        assertFalse(page.contains("Pologne"), "no country: the attestation does not print it");
        assertFalse(page.contains("4 500") || page.contains("4\u202F500"), "no salary");
        assertFalse(page.contains("/deconnexion"), "nobody is logged in");
    }

    @Test
    void an_attestation_whose_affiliation_ended_is_genuine_but_no_longer_valid_with_the_end_date() {
        Salarie wrobel = monde.espace.salaries.trouver(monde.wrobel.id()).orElseThrow();
        wrobel.radier(monde.santeDurand.id(), Monde.AUJOURDHUI.minusDays(1));
        monde.espace.salaries.ajouter(wrobel);

        HttpResponse<String> francais = serveur.get("/verification/" + PREMIER_CODE, "Accept-Language", "fr");
        String anglais = serveur.get("/verification/" + PREMIER_CODE.toLowerCase() + "?lang=en").body();

        assertEquals(200, francais.statusCode());
        assertTrue(francais.body().contains("Cette attestation est authentique mais n’est plus valide."),
                francais.body());
        assertTrue(francais.body().contains("L’affiliation a pris fin le 1 mars 2026.")
                || francais.body().contains("L’affiliation a pris fin le 1er mars 2026."), francais.body());
        assertTrue(anglais.contains("This certificate is genuine but no longer valid."), anglais);
        assertTrue(anglais.contains("The enrolment ended on March 1, 2026."), anglais);
    }

    @Test
    void an_unknown_or_malformed_code_matches_no_document() {
        HttpResponse<String> inconnu = serveur.get("/verification/ZZZZZZZZZZZZZZZZZZZZ", "Accept-Language", "fr");
        HttpResponse<String> malForme = serveur.get("/verification/%3Cscript%3E", "Accept-Language", "en");

        assertEquals(404, inconnu.statusCode());
        assertTrue(inconnu.body().contains("Aucun document ne correspond à ce code."), inconnu.body());
        assertTrue(inconnu.body().contains("noindex"), inconnu.body());
        assertEquals(404, malForme.statusCode());
        assertTrue(malForme.body().contains("No document matches this code."), malForme.body());
    }

    @Test
    void the_form_sends_a_typed_code_to_its_page_and_explains_a_malformed_one() {
        HttpResponse<String> formulaire = serveur.get("/verification", "Accept-Language", "fr");
        HttpResponse<String> errone = serveur.get("/verification?codeVerification=ABC", "Accept-Language", "fr");

        String anglais = serveur.get("/verification?lang=en").body();
        assertTrue(anglais.contains("<h1>Checking an enrolment certificate</h1>"), anglais);
        assertEquals(200, formulaire.statusCode());
        assertTrue(formulaire.body().contains("<label for=\"champ-codeVerification\">Code de vérification"),
                formulaire.body());
        assertEquals(400, errone.statusCode());
        assertTrue(errone.body().contains("Le code de vérification compte 20 lettres et chiffres"), errone.body());
        assertTrue(errone.body().contains("value=\"ABC\""), errone.body());
    }

    @Test
    void a_code_typed_in_groups_as_printed_is_read() {
        HttpResponse<String> saisi = serveur.get("/verification?codeVerification="
                + " 00000-00000 00000-00001 ".replace(" ", "+"));

        Navigation.assertRedirige("/verification/" + PREMIER_CODE, saisi);
    }

    @Test
    void the_api_answers_the_check_in_json_and_404_for_an_unknown_code() {
        JsonNode verification = json(serveur.get("/api/v1/attestations/" + PREMIER_CODE));
        HttpResponse<String> inconnu = serveur.get("/api/v1/attestations/ZZZZZZZZZZZZZZZZZZZZ");

        assertTrue(verification.get("valide").asBoolean(), verification.toString());
        assertEquals("Wróbel", verification.get("nom").asText());
        assertEquals("1980-04-23", verification.get("dateNaissance").asText());
        assertEquals("Durand SA", verification.get("raisonSociale").asText());
        assertEquals("2026-03-02", verification.get("dateEmission").asText());
        assertEquals("SANTE-DUR-01", verification.get("lignes").get(0).get("numeroContrat").asText());
        assertFalse(verification.has("email") || verification.has("paysExpatriation"), verification.toString());
        assertEquals(404, inconnu.statusCode());
        assertEquals("attestation.introuvable", json(inconnu).get("code").asText());
    }
}
