package fr.espaceentreprise.adapters.web.consultation;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever lies outside the caller's périmètre does not exist for him: 404 on the pages and in the API, with the
 * same answer as an unknown id, for every kind of resource and whatever the way of asking.
 */
class PerimetreTest {

    private static final String INCONNU = "7d4f3c1e-9b8a-4e2f-8c6d-5a4b3c2d1e0f";

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

    /** What the broker may not see: Martin SARL entirely, and Durand SA's death and disability contrat. */
    private Map<String, String> horsDuPerimetreDuCourtier() {
        return Map.ofEntries(
                Map.entry("/interlocuteur?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/salaries?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/salaries/export.csv?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/contrats?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/cotisations?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/cotisations/export.pdf?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/cotisations/export.csv?entreprise=" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/salaries/" + monde.paul.id(), "salarie.introuvable"),
                Map.entry("/salaries/" + monde.bernard.id(), "salarie.introuvable"),
                Map.entry("/salaries/" + monde.paul.id() + "/attestation.pdf", "salarie.introuvable"),
                Map.entry("/salaries/" + monde.bernard.id() + "/attestation.pdf", "salarie.introuvable"),
                Map.entry("/contrats/" + monde.prevoyanceDurand.id(), "contrat.introuvable"),
                Map.entry("/contrats/" + monde.santeMartin.id(), "contrat.introuvable"),
                Map.entry("/cotisations/" + monde.prevoyance.id(), "cotisation.introuvable"),
                Map.entry("/cotisations/" + monde.appelMartin.id(), "cotisation.introuvable"),
                Map.entry("/cotisations/" + monde.prevoyance.id() + ".pdf", "cotisation.introuvable"),
                Map.entry("/cotisations/" + monde.appelMartin.id() + ".pdf", "cotisation.introuvable"),
                Map.entry("/salaries?entreprise=" + monde.durand.id() + "&contratId=" + monde.prevoyanceDurand.id(),
                        "contrat.introuvable"),
                Map.entry("/cotisations?entreprise=toutes&contratId=" + monde.prevoyanceDurand.id(),
                        "contrat.introuvable"));
    }

    private Map<String, String> horsDuPerimetreDuCourtierDansLApi() {
        return Map.ofEntries(
                Map.entry("/api/v1/entreprises/" + monde.martin.id(), "entreprise.introuvable"),
                Map.entry("/api/v1/entreprises/" + monde.martin.id() + "/salaries", "entreprise.introuvable"),
                Map.entry("/api/v1/entreprises/" + monde.martin.id() + "/salaries/export", "entreprise.introuvable"),
                Map.entry("/api/v1/entreprises/" + monde.martin.id() + "/contrats", "entreprise.introuvable"),
                Map.entry("/api/v1/entreprises/" + monde.martin.id() + "/cotisations", "entreprise.introuvable"),
                Map.entry("/api/v1/entreprises/" + monde.martin.id() + "/cotisations/export",
                        "entreprise.introuvable"),
                Map.entry("/api/v1/salaries/" + monde.paul.id(), "salarie.introuvable"),
                Map.entry("/api/v1/salaries/" + monde.bernard.id(), "salarie.introuvable"),
                Map.entry("/api/v1/salaries/" + monde.bernard.id() + "/attestation", "salarie.introuvable"),
                Map.entry("/api/v1/contrats/" + monde.prevoyanceDurand.id(), "contrat.introuvable"),
                Map.entry("/api/v1/cotisations/" + monde.prevoyance.id(), "cotisation.introuvable"),
                Map.entry("/api/v1/cotisations/" + monde.appelMartin.id() + "/pdf", "cotisation.introuvable"),
                Map.entry("/api/v1/cotisations?contratId=" + monde.santeMartin.id(), "contrat.introuvable"),
                Map.entry("/api/v1/entreprises/" + monde.durand.id() + "/salaries?contratId="
                        + monde.prevoyanceDurand.id(), "contrat.introuvable"));
    }

    @Test
    void a_broker_gets_404_pages_for_whatever_is_outside_his_perimetre() {
        monde.connecterCourtier(serveur);

        horsDuPerimetreDuCourtier().forEach((chemin, code) -> assertPageIntrouvable(chemin));
    }

    @Test
    void a_broker_gets_404_problems_for_whatever_is_outside_his_perimetre() {
        String[] courtier = bearer(monde.jetonCourtier(serveur));

        horsDuPerimetreDuCourtierDansLApi().forEach((chemin, code) -> assertProblemeIntrouvable(chemin, code,
                courtier));
    }

    @Test
    void an_entreprise_user_gets_404_for_the_ids_of_another_entreprise() {
        String[] martin = bearer(monde.jeton(serveur, monde.martin));
        monde.connecter(serveur, monde.martin);

        for (String chemin : List.of("/interlocuteur?entreprise=" + monde.durand.id(),
                "/salaries?entreprise=" + monde.durand.id(), "/salaries/" + monde.wrobel.id(),
                "/salaries/" + monde.wrobel.id() + "/attestation.pdf", "/contrats/" + monde.santeDurand.id(),
                "/cotisations/" + monde.enRetard.id(), "/cotisations/" + monde.enRetard.id() + ".pdf")) {
            assertPageIntrouvable(chemin);
        }
        Map.of("/api/v1/entreprises/" + monde.durand.id(), "entreprise.introuvable",
                "/api/v1/entreprises/" + monde.durand.id() + "/cotisations", "entreprise.introuvable",
                "/api/v1/salaries/" + monde.wrobel.id() + "/attestation", "salarie.introuvable",
                "/api/v1/contrats/" + monde.santeDurand.id(), "contrat.introuvable",
                "/api/v1/cotisations/" + monde.enRetard.id() + "/pdf", "cotisation.introuvable")
                .forEach((chemin, code) -> assertProblemeIntrouvable(chemin, code, martin));
    }

    @Test
    void an_unknown_or_malformed_id_gets_the_same_404() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));
        monde.connecter(serveur, monde.durand);
        Function<String, List<String>> chemins = id -> List.of("/salaries/" + id, "/contrats/" + id,
                "/cotisations/" + id, "/cotisations/" + id + ".pdf", "/salaries/" + id + "/attestation.pdf",
                "/interlocuteur?entreprise=" + id);

        for (String id : List.of(INCONNU, "pas-un-uuid", INCONNU.toUpperCase())) {
            chemins.apply(id).forEach(this::assertPageIntrouvable);
        }
        assertProblemeIntrouvable("/api/v1/salaries/" + INCONNU, "salarie.introuvable", durand);
        assertProblemeIntrouvable("/api/v1/salaries/42", "salarie.introuvable", durand);
        assertProblemeIntrouvable("/api/v1/entreprises/42/salaries", "entreprise.introuvable", durand);
        assertProblemeIntrouvable("/api/v1/cotisations/42/pdf", "cotisation.introuvable", durand);
    }

    @Test
    void a_visitor_is_sent_to_the_login_page_and_an_api_caller_without_token_gets_401() {
        assertEquals(303, serveur.get("/salaries").statusCode());
        assertEquals(303, serveur.get("/salaries/" + monde.wrobel.id() + "/attestation.pdf").statusCode());
        assertEquals(401, serveur.get("/api/v1/entreprises").statusCode());
        assertEquals(401, serveur.get("/api/v1/cotisations/" + monde.enRetard.id() + "/pdf").statusCode());
    }

    private void assertPageIntrouvable(String chemin) {
        HttpResponse<String> reponse = serveur.get(chemin, "Accept-Language", "fr");
        assertEquals(404, reponse.statusCode(), chemin + ": " + reponse.body());
        assertTrue(reponse.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), chemin);
        assertTrue(reponse.body().contains("<h1>Page introuvable</h1>"), chemin + ": " + reponse.body());
        assertFalse(reponse.headers().firstValue("Content-Disposition").isPresent(), chemin);
    }

    private void assertProblemeIntrouvable(String chemin, String code, String[] jeton) {
        HttpResponse<String> reponse = serveur.get(chemin, jeton);
        assertEquals(404, reponse.statusCode(), chemin + ": " + reponse.body());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow(), chemin);
        assertEquals(code, json(reponse).get("code").asText(), chemin);
    }
}
