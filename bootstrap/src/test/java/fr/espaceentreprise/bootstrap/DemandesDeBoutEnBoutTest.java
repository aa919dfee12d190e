package fr.espaceentreprise.bootstrap;

import static fr.espaceentreprise.bootstrap.ClientApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A demande through the whole stack on the demo data: the company answers the back office's question, the back
 * office validates, the contract shows the new garantie, the author gets the mail, and a second decision is
 * refused.
 */
class DemandesDeBoutEnBoutTest extends PortailDeDemo {

    @Test
    void a_reply_then_a_validation_schedules_the_new_garantie_mails_the_author_and_closes_the_demande() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");
        String gestion = api.connecter("90000001", "Demo-Gestion-2026");
        JsonNode enAttente = json(api.get("/api/v1/demandes?statut=EN_ATTENTE_DE_RETOUR&type=CHANGEMENT_GARANTIE",
                entreprise)).get("items").get(0);
        String demandeId = enAttente.get("id").asText();
        JsonNode contenu = json(api.get("/api/v1/demandes/" + demandeId, entreprise)).get("contenu");

        assertEquals(200, api.post("/api/v1/demandes/" + demandeId + "/reponses",
                "{\"message\":\"Voici le bulletin signé.\"}", entreprise).statusCode());
        HttpResponse<String> validation = api.post("/api/v1/gestion/demandes/" + demandeId + "/decision",
                "{\"statut\":\"VALIDEE\",\"message\":\"Changement enregistré.\"}", gestion);
        assertEquals(200, validation.statusCode(), validation.body());

        // The demo's change is for the first day of the month after next: it waits on the contract until then.
        JsonNode contrat = json(api.get("/api/v1/contrats/" + contenu.get("contratId").asText(), entreprise));
        assertEquals(contenu.get("garantie").asText(), contrat.at("/garantieProgrammee/garantie").asText(),
                contrat.toString());
        assertEquals(contenu.get("dateEffet").asText(), contrat.at("/garantieProgrammee/dateEffet").asText());
        assertNotEquals(contenu.get("garantie").asText(), contrat.get("garantie").asText());
        assertEquals("VALIDEE", json(api.get("/api/v1/demandes/" + demandeId, entreprise)).get("statut").asText());
        assertTrue(attendreCourriel("Changement enregistr"), "the author's mail about the validation");

        HttpResponse<String> encore = api.post("/api/v1/gestion/demandes/" + demandeId + "/decision",
                "{\"statut\":\"REJETEE\",\"message\":\"Trop tard.\"}", gestion);
        assertEquals(409, encore.statusCode(), encore.body());
        assertEquals("application/problem+json", encore.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void a_broker_does_not_see_a_demande_of_a_company_outside_its_portfolio() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");
        String demandeAtlas = json(api.get("/api/v1/demandes", entreprise)).get("items").get(0).get("id").asText();

        String courtier = api.connecter("20000001", "Demo-Mandataire-2026");

        assertEquals(404, api.get("/api/v1/demandes/" + demandeAtlas, courtier).statusCode());
        assertEquals(404, api.get("/demandes/" + demandeAtlas, courtier).statusCode());
    }

    private static boolean attendreCourriel(String extrait) throws Exception {
        Path courriels = dataDir.resolve("mail");
        Instant limite = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(limite)) {
            if (Files.isDirectory(courriels)) {
                try (Stream<Path> fichiers = Files.list(courriels)) {
                    List<Path> liste = fichiers.toList();
                    for (Path fichier : liste) {
                        String texte = Files.readString(fichier, StandardCharsets.ISO_8859_1)
                                .replace("=\r\n", "").replace("=\n", "");
                        if (texte.contains(extrait)) {
                            return true;
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        return false;
    }
}
