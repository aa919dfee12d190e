package fr.espaceentreprise.bootstrap;

import static fr.espaceentreprise.bootstrap.ClientApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Urgence, contacts and FAQ through the whole stack: the V11 contents, the demo salariés, the configuration. */
class InformationsDeBoutEnBoutTest {

    @TempDir
    static Path dataDir;

    private static Portail portail;
    private static ClientApi api;

    @BeforeAll
    static void demarrer() {
        portail = Portail.demarrer(Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString(),
                "ESPACE_CRC_EMAIL", "crc@example.com",
                "ESPACE_URL_ALERTES_SECURITE", "https://alertes.example.com/monde")));
        api = new ClientApi(portail);
    }

    @AfterAll
    static void arreter() {
        portail.close();
    }

    @Test
    void a_company_sees_every_zone_with_a_number_and_its_employees_countries_under_them() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");

        JsonNode urgence = json(api.get("/api/v1/urgence?lang=en", entreprise));

        assertEquals(7, urgence.get("zones").size());
        int pays = 0;
        for (JsonNode zone : urgence.get("zones")) {
            assertTrue(zone.get("telephone").asText().matches("\\+[1-9][0-9]{7,14}"), zone.toString());
            pays += zone.get("pays").size();
        }
        assertTrue(pays > 0, "the demo company has expatriates: " + urgence);
        assertEquals("+33254455677", urgence.at("/centreDeGestion/telephone").asText());
        assertEquals("https://alertes.example.com/monde", urgence.get("alertesSecurite").asText());
    }

    @Test
    void the_contacts_come_from_the_database_and_the_customer_service_from_the_configuration() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");

        JsonNode contacts = json(api.get("/api/v1/contacts", entreprise));

        assertTrue(contacts.get("items").size() >= 3, contacts.toString());
        assertEquals("crc@example.com", contacts.at("/centreRelationsClients/email").asText());
        assertEquals("+33254455677", contacts.at("/centreRelationsClients/telephone").asText());
    }

    @Test
    void the_seeded_faq_is_searched_in_each_language() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");

        JsonNode fr = json(api.get("/api/v1/faq?lang=fr&q=attestation", entreprise));
        JsonNode en = json(api.get("/api/v1/faq?lang=en&q=certificate", entreprise));
        JsonNode rien = json(api.get("/api/v1/faq?lang=en&q=attestation", entreprise));

        assertEquals(1, fr.get("items").size(), fr.toString());
        assertEquals(fr.at("/items/0/id"), en.at("/items/0/id"));
        assertEquals(0, rien.get("items").size(), rien.toString());
    }

    @Test
    void the_pages_are_served_and_a_company_gets_404_on_the_back_office_of_contents() throws Exception {
        String entreprise = api.connecter("10000001", "Demo-Entreprise-2026");

        assertEquals(200, api.get("/aide", null).statusCode());
        assertEquals(404, api.get("/gestion/contenus", entreprise).statusCode());
        assertFalse(api.get("/faq?q=zzzz", null).body().contains("<summary>"));
    }

    @ParameterizedTest
    @CsvSource({
            "ESPACE_URL_ALERTES_SECURITE, javascript:alert(1)",
            "ESPACE_URL_ALERTES_SECURITE, /relative",
            "ESPACE_CRC_TELEPHONE, 12",
            "ESPACE_CRC_EMAIL, pas-un-email"})
    void a_bad_informations_setting_stops_the_start_naming_the_variable(String variable, String valeur) {
        ConfigurationInvalideException erreur = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of(variable, valeur)));

        assertTrue(erreur.getMessage().contains(variable), erreur.getMessage());
    }

    @Test
    void the_informations_settings_have_defaults_for_a_local_run() {
        Configuration.Informations informations = Configuration.depuis(Map.of()).informations();

        assertEquals(URI.create("https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/"),
                informations.alertesSecurite());
        assertEquals("gestion@welcare.fr", informations.centreRelationsClients().email().valeur());
    }
}
