package fr.espaceentreprise.bootstrap;

import static fr.espaceentreprise.bootstrap.ClientApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The consultation rubriques through the whole stack, on the demo data in PostgreSQL: a company reads its
 * employees, downloads an attestation whose QR address confirms it; a broker sees its portfolio and nothing else.
 */
class ConsultationDeBoutEnBoutTest extends PortailDeDemo {

    private static final Pattern ADRESSE_DE_VERIFICATION = Pattern.compile("/verification/([0-9A-Z-]{20,23})");

    @Test
    void a_company_finds_an_employee_downloads_the_attestation_and_its_code_is_confirmed_publicly() throws Exception {
        String jeton = api.connecter("10000001", "Demo-Entreprise-2026");
        JsonNode entreprises = json(api.get("/api/v1/entreprises", jeton));
        assertEquals(1, entreprises.get("items").size());
        String entrepriseId = entreprises.get("items").get(0).get("id").asText();

        JsonNode trouves = json(api.get("/api/v1/entreprises/" + entrepriseId + "/salaries?recherche=wrob", jeton));
        JsonNode wrobel = trouves.get("items").get(0);
        assertEquals("Wróbel", wrobel.get("nom").asText());

        HttpResponse<byte[]> attestation = api.envoyer(api.requete("/api/v1/salaries/" + wrobel.get("id").asText()
                + "/attestation", jeton).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, attestation.statusCode());
        assertEquals("application/pdf", attestation.headers().firstValue("Content-Type").orElseThrow());
        String texte;
        try (PDDocument document = Loader.loadPDF(attestation.body())) {
            texte = new PDFTextStripper().getText(document);
        }
        assertTrue(texte.contains("Łukasz") && texte.contains("Wróbel"), texte);
        Matcher adresse = ADRESSE_DE_VERIFICATION.matcher(texte);
        assertTrue(adresse.find(), texte);

        HttpResponse<String> verification = api.get("/verification/" + adresse.group(1), null);
        assertEquals(200, verification.statusCode());
        assertTrue(verification.body().contains("Wróbel"), verification.body());
        assertEquals(404, api.get("/verification/0000000000000000000Z", null).statusCode());
    }

    @Test
    void a_company_pages_through_its_employees_without_losing_or_repeating_anyone() throws Exception {
        String jeton = api.connecter("10000001", "Demo-Entreprise-2026");
        String entrepriseId = json(api.get("/api/v1/entreprises", jeton)).get("items").get(0).get("id").asText();

        List<String> vus = new ArrayList<>();
        String suivant = null;
        do {
            JsonNode page = json(api.get("/api/v1/entreprises/" + entrepriseId + "/salaries?taille=17"
                    + (suivant == null ? "" : "&curseur=" + suivant), jeton));
            page.get("items").forEach(salarie -> vus.add(salarie.get("id").asText()));
            suivant = page.get("suivant").isNull() ? null : page.get("suivant").asText();
        } while (suivant != null);

        assertTrue(vus.size() > 17, "more than one page: " + vus.size());
        assertEquals(vus.size(), vus.stream().distinct().count());
        HttpResponse<String> csv = api.get("/api/v1/entreprises/" + entrepriseId + "/salaries/export", jeton);
        assertEquals(vus.size() + 1, csv.body().strip().split("\r?\n").length);
    }

    @Test
    void a_company_reads_its_contracts_and_contribution_calls_with_their_totals() throws Exception {
        String jeton = api.connecter("10000001", "Demo-Entreprise-2026");
        String entrepriseId = json(api.get("/api/v1/entreprises", jeton)).get("items").get(0).get("id").asText();

        assertFalse(json(api.get("/api/v1/entreprises/" + entrepriseId + "/contrats", jeton)).get("items").isEmpty());
        JsonNode appels = json(api.get("/api/v1/entreprises/" + entrepriseId + "/cotisations", jeton));
        assertFalse(appels.get("items").isEmpty());
        JsonNode totaux = appels.get("totaux");
        assertEquals(totaux.get("montantAppele").asLong() - totaux.get("montantPaye").asLong(),
                totaux.get("montantRestant").asLong());
        for (String page : List.of("/accueil", "/interlocuteur", "/salaries", "/contrats", "/cotisations")) {
            assertEquals(200, api.get(page, jeton).statusCode(), page);
        }
    }

    @Test
    void a_broker_sees_its_portfolio_and_gets_not_found_for_a_company_outside_it() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");
        String atlasId = json(api.get("/api/v1/entreprises", entreprise)).get("items").get(0).get("id").asText();
        String salarieAtlas = json(api.get("/api/v1/entreprises/" + atlasId + "/salaries?taille=1", entreprise))
                .get("items").get(0).get("id").asText();

        String courtier = api.connecter("20000001", "Demo-Mandataire-2026");
        JsonNode portefeuille = json(api.get("/api/v1/entreprises", courtier));
        List<String> raisonsSociales = new ArrayList<>();
        portefeuille.get("items").forEach(item -> raisonsSociales.add(item.get("raisonSociale").asText()));
        assertEquals(List.of("Boréal Export SARL", "Cévennes Énergie SA"), raisonsSociales);

        assertEquals(404, api.get("/api/v1/entreprises/" + atlasId, courtier).statusCode());
        assertEquals(404, api.get("/api/v1/salaries/" + salarieAtlas, courtier).statusCode());
        assertEquals(404, api.get("/api/v1/salaries/" + salarieAtlas + "/attestation", courtier).statusCode());
        assertEquals(404, api.get("/salaries/" + salarieAtlas, courtier).statusCode());
        assertEquals(200, api.get("/api/v1/cotisations", courtier).statusCode());
    }
}
