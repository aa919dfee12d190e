package fr.espaceentreprise.bootstrap;

import static fr.espaceentreprise.bootstrap.ClientApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An account through the whole stack on PostgreSQL and the demo data: the user downloads his data, the back office
 * suspends him (his token dies, his login says why), reactivates him, then deletes him (his numéro opens nothing,
 * the audit trail stays).
 */
class ComptesDeBoutEnBoutTest extends PortailDeDemo {

    private static final String BOREAL = "10000002";
    private static final String MOT_DE_PASSE = "Demo-Entreprise-2026";

    private static HttpResponse<String> connexion() throws Exception {
        return api.post("/api/v1/sessions", api.corpsConnexion(BOREAL, MOT_DE_PASSE), null);
    }

    @Test
    void export_suspension_reactivation_and_deletion_of_an_account() throws Exception {
        String erik = api.connecter(BOREAL, MOT_DE_PASSE);
        String gestion = api.connecter("90000001", "Demo-Gestion-2026");

        HttpResponse<String> export = api.get("/api/v1/moi/donnees", erik);
        JsonNode donnees = json(export);
        assertEquals(BOREAL, donnees.at("/compte/numeroAdherent").asText());
        assertTrue(donnees.get("demandes").size() > 0, "the demo's demandes of the user");
        assertFalse(export.body().contains("argon2"), "no password hash");
        String id = json(api.get("/api/v1/gestion/utilisateurs?numeroAdherent=" + BOREAL, gestion))
                .at("/items/0/id").asText();

        assertEquals(204, api.post("/api/v1/gestion/utilisateurs/" + id + "/suspension",
                "{\"motif\":\"UTILISATION_NON_CONFORME\",\"precision\":\"Compte partagé entre collègues\"}",
                gestion).statusCode());
        assertEquals(401, api.get("/api/v1/moi", erik).statusCode(), "his session ended");
        HttpResponse<String> suspendu = connexion();
        assertEquals(403, suspendu.statusCode());
        assertEquals("compte.suspendu", new ObjectMapper().readTree(suspendu.body()).get("code").asText());

        assertEquals(204, api.post("/api/v1/gestion/utilisateurs/" + id + "/reactivation", "", gestion)
                .statusCode());
        assertEquals(201, connexion().statusCode());

        HttpResponse<String> suppression = api.envoyer(api.requete("/api/v1/gestion/utilisateurs/" + id
                + "?motif=DEMANDE_UTILISATEUR", gestion).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, suppression.statusCode(), suppression.body());
        assertEquals(401, connexion().statusCode(), "a deleted account logs in like an unknown numéro");
        JsonNode fiche = json(api.get("/api/v1/gestion/utilisateurs?numeroAdherent=" + BOREAL, gestion))
                .at("/items/0");
        assertEquals("SUPPRIME", fiche.get("statut").asText());
        assertEquals("anonyme", fiche.get("nom").asText());
        assertEquals(3, fiche.get("decisions").size());
        JsonNode journal = json(api.get("/api/v1/gestion/journal?numeroAdherent=" + BOREAL, gestion));
        assertTrue(journal.get("items").size() >= 5, "the audit trail is kept: " + journal);
    }
}
