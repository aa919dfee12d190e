package fr.espaceentreprise.adapters.web.demande;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A demande's whole life as its users live it: the entreprise submits it, the back office decides, and the
 * change shows in the rubrique where the user looks for it — one demande of each type; then a demande that goes
 * through a request for more information, the user's answer on the page, and a rejection.
 */
class ParcoursDesDemandesTest {

    private static final LocalDate AUJOURDHUI = EspaceConsultation.AUJOURDHUI;
    private static final String GESTIONNAIRE = "90000001";

    private final EspaceDemandes espace = new EspaceDemandes();
    private final Entreprise durand = espace.consultation.entreprise("Durand SA");
    private final Contrat contrat = espace.consultation.contrat(UnContrat.de(durand.id())
            .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT));
    private final Salarie marie = espace.consultation.salarie("Dupont", "Marie", contrat);
    private ServeurDeTest serveur;
    private String jetonEntreprise;

    @BeforeEach
    void demarrer() {
        espace.compteEntreprise(durand);
        espace.gestionnaire();
        serveur = ServeurDeTest.demarrer(espace.ports());
        jetonEntreprise = jeton(durand.numeroAdherent().valeur());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    /** One demande of each type, and where its validated change is seen: a page of the user's, or the API's. */
    static Stream<Arguments> unDeChaqueType() {
        return Stream.of(
                Arguments.of("CHANGEMENT_GARANTIE",
                        "\"contratId\":\"{c}\",\"garantie\":\"SANTE_EXPAT_CFE_INTEGRAL\",\"dateEffet\":\"{j}\"",
                        (Verification) p -> assertTrue(p.page("/contrats/{c}").contains("Santé Expat CFE Intégral"))),
                Arguments.of("AFFILIATION_SALARIE",
                        "\"nom\":\"Martin\",\"prenom\":\"Léa\",\"dateNaissance\":\"1990-05-12\","
                                + "\"email\":\"lea.martin@example.com\",\"paysExpatriation\":\"SG\","
                                + "\"contratId\":\"{c}\",\"dateEffet\":\"{j}\",\"salaireReference\":450000",
                        (Verification) p -> {
                            assertTrue(p.page("/salaries?recherche=mart").contains("Léa"));
                            String id = p.api("/api/v1/entreprises/{e}/salaries?recherche=mart").at("/items/0/id")
                                    .asText();
                            HttpResponse<byte[]> attestation = p.serveur.getOctets("/salaries/" + id
                                    + "/attestation.pdf");
                            assertEquals(200, attestation.statusCode());
                            assertEquals("%PDF-", new String(attestation.body(), 0, 5));
                        }),
                Arguments.of("MAJ_ENTREPRISE",
                        "\"raisonSociale\":\"Durand et Fils SA\",\"adresse\":{\"ligne1\":\"12 rue de la Paix\","
                                + "\"codePostal\":\"75002\",\"ville\":\"Paris\",\"pays\":\"FR\"},"
                                + "\"siret\":\"73282932000074\",\"email\":\"contact@durand.example\"",
                        (Verification) p -> {
                            String page = p.page("/interlocuteur");
                            assertTrue(page.contains("Durand et Fils SA") && page.contains("12 rue de la Paix"));
                        }),
                Arguments.of("MAJ_SALARIE",
                        "\"salarieId\":\"{s}\",\"nom\":\"Dupont\",\"prenom\":\"Marie-Anne\","
                                + "\"dateNaissance\":\"1985-02-03\"",
                        (Verification) p -> assertTrue(p.page("/salaries/{s}").contains("Marie-Anne"))),
                Arguments.of("MAJ_MODALITES_PAIEMENT",
                        "\"modePaiement\":\"PRELEVEMENT\",\"iban\":\"FR76 3000 6000 0112 3456 7890 189\","
                                + "\"bic\":\"BNPAFRPPXXX\",\"periodicite\":\"TRIMESTRIELLE\"",
                        (Verification) p -> {
                            String page = p.page("/interlocuteur");
                            assertTrue(page.contains("0 189") && page.contains("Trimestrielle"));
                        }),
                Arguments.of("MAJ_SALAIRE_REFERENCE",
                        "\"salarieId\":\"{s}\",\"salaireReference\":520000,\"dateEffet\":\"{j}\"",
                        (Verification) p -> assertEquals(520000,
                                p.api("/api/v1/salaries/{s}").get("salaireReference").asLong())),
                Arguments.of("MAJ_PAYS_EXPATRIATION",
                        "\"salarieId\":\"{s}\",\"paysExpatriation\":\"JP\",\"dateEffet\":\"{j}\"",
                        (Verification) p -> assertTrue(p.page("/salaries/{s}").contains("Japon"))),
                Arguments.of("RADIATION_SALARIE",
                        "\"salarieId\":\"{s}\",\"contratId\":\"{c}\",\"dateFin\":\"{j}\"",
                        (Verification) p -> assertEquals(AUJOURDHUI.toString(),
                                p.api("/api/v1/salaries/{s}").at("/affiliations/0/dateFin").asText())),
                Arguments.of("AUTRE", "\"objet\":\"Question\",\"message\":\"Pouvez-vous me rappeler ?\"",
                        (Verification) p -> assertTrue(p.page("/demandes?statut=VALIDEE").contains("Question"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unDeChaqueType")
    void a_validated_demande_of_each_type_shows_its_change_where_the_user_looks(String type, String champs,
            Verification visible) {
        String entreprise = jetonEntreprise;
        String gestion = jeton(GESTIONNAIRE);

        String id = soumettre(type, champs, entreprise);
        HttpResponse<String> validation = decider(id, "VALIDEE", "C'est fait.", gestion);

        assertEquals(200, validation.statusCode(), validation.body());
        connecter(durand.numeroAdherent().valeur());
        assertTrue(page("/demandes/" + id).contains("validée"));
        visible.verifier(this);
        assertEquals(2, espace.comptes.notifications.deType(TypeNotification.DEMANDE_RECUE).size()
                + espace.comptes.notifications.deType(TypeNotification.DEMANDE_STATUT_CHANGE).size());
    }

    @Test
    void a_demande_awaiting_an_answer_is_answered_on_its_page_then_rejected_with_a_reason_the_user_reads() {
        String entreprise = jetonEntreprise;
        String gestion = jeton(GESTIONNAIRE);
        String id = soumettre("MAJ_PAYS_EXPATRIATION",
                "\"salarieId\":\"{s}\",\"paysExpatriation\":\"JP\",\"dateEffet\":\"{j}\"", entreprise);
        assertEquals(200, decider(id, "EN_ATTENTE_DE_RETOUR", "Joignez le contrat de travail local.", gestion)
                .statusCode());
        connecter(durand.numeroAdherent().valeur());

        String enAttente = page("/demandes/" + id);
        assertTrue(enAttente.contains("Joignez le contrat de travail local."), enAttente);
        assertTrue(enAttente.contains("action=\"/demandes/" + id + "/reponse\""), enAttente);

        HttpResponse<String> reponse = serveur.postFormulaire("/demandes/" + id + "/reponse",
                serveur.avecJeton(Map.of("message", "Le contrat arrive par courrier.")));
        Navigation.assertRedirige("/demandes/" + id + "?reponse=envoyee", reponse);
        String enCours = page("/demandes/" + id);
        assertTrue(enCours.contains("Le contrat arrive par courrier.") && enCours.contains("en cours"), enCours);
        assertFalse(enCours.contains("action=\"/demandes/" + id + "/reponse\""), enCours);

        assertEquals(200, decider(id, "REJETEE", "Pays hors de la zone couverte par le contrat.", gestion)
                .statusCode());
        String rejetee = page("/demandes/" + id);
        assertTrue(rejetee.contains("rejetée") && rejetee.contains("Pays hors de la zone couverte"), rejetee);
        assertFalse(page("/salaries/{s}").contains("Japon"), "a rejected demande changes nothing");
        // One mail for each change of statut: awaiting an answer, back in progress once answered, rejected.
        assertEquals(3, espace.comptes.notifications.deType(TypeNotification.DEMANDE_STATUT_CHANGE).size());
        assertEquals(409, decider(id, "VALIDEE", null, gestion).statusCode());
    }

    // --- the steps

    /** What a validated demande changed, checked as the entreprise's user (logged in on the pages too). */
    @FunctionalInterface
    interface Verification {
        void verifier(ParcoursDesDemandesTest parcours);
    }

    private String soumettre(String type, String champs, String jeton) {
        HttpResponse<String> reponse = serveur.postJson("/api/v1/demandes", "{\"type\":\"" + type
                + "\",\"entrepriseId\":\"" + durand.id() + "\"," + remplacer(champs) + "}", bearer(jeton));
        assertEquals(201, reponse.statusCode(), reponse.body());
        return json(reponse).get("id").asText();
    }

    private HttpResponse<String> decider(String id, String statut, String message, String jeton) {
        String corps = message == null ? "{\"statut\":\"" + statut + "\"}"
                : "{\"statut\":\"" + statut + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
        return serveur.postJson("/api/v1/gestion/demandes/" + id + "/decision", corps, bearer(jeton));
    }

    private String jeton(String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecterApi(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(201, reponse.statusCode(), reponse.body());
        return json(reponse).get("jeton").asText();
    }

    private void connecter(String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecter(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(303, reponse.statusCode(), reponse.body());
    }

    String page(String chemin) {
        String adresse = remplacer(chemin);
        HttpResponse<String> reponse = serveur.get(adresse + (adresse.contains("?") ? "&" : "?") + "lang=fr");
        assertEquals(200, reponse.statusCode(), adresse + ": " + reponse.body());
        return reponse.body();
    }

    JsonNode api(String chemin) {
        HttpResponse<String> reponse = serveur.get(remplacer(chemin), bearer(jetonEntreprise));
        assertEquals(200, reponse.statusCode(), reponse.body());
        return json(reponse);
    }

    private String remplacer(String texte) {
        return texte.replace("{c}", contrat.id().toString())
                .replace("{s}", marie.id().toString())
                .replace("{e}", durand.id().toString())
                .replace("{j}", AUJOURDHUI.toString());
    }
}
