package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demande through the whole stack on the demo data: the company answers the back office's question, the back
 * office validates, the contract shows the new garantie, the author gets the mail, and a second decision is
 * refused.
 */
class DemandesDeBoutEnBoutTest {

    @TempDir
    static Path dataDir;

    private static Portail portail;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void demarrer() {
        portail = Portail.demarrer(Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString())));
    }

    @AfterAll
    static void arreter() {
        portail.close();
    }

    @Test
    void a_reply_then_a_validation_changes_the_contract_mails_the_author_and_closes_the_demande() throws Exception {
        String entreprise = connecter("10000001", "Demo-Entreprise-2026");
        String gestion = connecter("90000001", "Demo-Gestion-2026");
        JsonNode enAttente = json(get("/api/v1/demandes?statut=EN_ATTENTE_DE_RETOUR&type=CHANGEMENT_GARANTIE",
                entreprise)).get("items").get(0);
        String demandeId = enAttente.get("id").asText();
        JsonNode contenu = json(get("/api/v1/demandes/" + demandeId, entreprise)).get("contenu");

        assertEquals(200, post("/api/v1/demandes/" + demandeId + "/reponses",
                "{\"message\":\"Voici le bulletin signé.\"}", entreprise).statusCode());
        HttpResponse<String> validation = post("/api/v1/gestion/demandes/" + demandeId + "/decision",
                "{\"statut\":\"VALIDEE\",\"message\":\"Changement enregistré.\"}", gestion);
        assertEquals(200, validation.statusCode(), validation.body());

        JsonNode contrat = json(get("/api/v1/contrats/" + contenu.get("contratId").asText(), entreprise));
        assertEquals(contenu.get("garantie").asText(), contrat.get("garantie").asText());
        assertEquals("VALIDEE", json(get("/api/v1/demandes/" + demandeId, entreprise)).get("statut").asText());
        assertTrue(attendreCourriel("Changement enregistr"), "the author's mail about the validation");

        HttpResponse<String> encore = post("/api/v1/gestion/demandes/" + demandeId + "/decision",
                "{\"statut\":\"REJETEE\",\"message\":\"Trop tard.\"}", gestion);
        assertEquals(409, encore.statusCode(), encore.body());
        assertEquals("application/problem+json", encore.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void a_broker_does_not_see_a_demande_of_a_company_outside_its_portfolio() throws Exception {
        String entreprise = connecter("10000001", "Demo-Entreprise-2026");
        String demandeAtlas = json(get("/api/v1/demandes", entreprise)).get("items").get(0).get("id").asText();

        String courtier = connecter("20000001", "Demo-Mandataire-2026");

        assertEquals(404, get("/api/v1/demandes/" + demandeAtlas, courtier).statusCode());
        assertEquals(404, get("/demandes/" + demandeAtlas, courtier).statusCode());
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

    private static String connecter(String numeroAdherent, String motDePasse) throws Exception {
        HttpResponse<String> session = post("/api/v1/sessions", "{\"numeroAdherent\":\"" + numeroAdherent
                + "\",\"motDePasse\":\"" + motDePasse + "\"}", null);
        assertEquals(201, session.statusCode(), session.body());
        return JSON.readTree(session.body()).get("jeton").asText();
    }

    private static HttpRequest.Builder requete(String chemin, String jeton) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(portail.adresseLocale() + chemin));
        return jeton == null ? requete : requete.header("Authorization", "Bearer " + jeton);
    }

    private static HttpResponse<String> get(String chemin, String jeton) throws Exception {
        return CLIENT.send(requete(chemin, jeton).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String chemin, String corps, String jeton) throws Exception {
        return CLIENT.send(requete(chemin, jeton).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> reponse) throws Exception {
        assertEquals(200, reponse.statusCode(), reponse.body());
        return JSON.readTree(reponse.body());
    }
}
