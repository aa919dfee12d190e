package fr.espaceentreprise.adapters.web.demande;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import java.nio.charset.StandardCharsets;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.adapters.web.CorpsMultipart;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Submitting a demande through the API: every type, field errors, the périmètre, the idempotency key. */
class SoumissionDemandesTest {

    private static final String API = "/api/v1/demandes";

    private final EspaceDemandes espace = new EspaceDemandes();
    private final Entreprise durand = espace.consultation.entreprise("Durand SA");
    private final Contrat contratDurand = espace.consultation.contrat(durand);
    private final Salarie salarieDurand = espace.consultation.salarie("Dupont", "Marie", contratDurand);
    private final Entreprise martin = espace.consultation.entreprise("Martin SARL");
    private final Contrat contratMartin = espace.consultation.contrat(martin);
    private final Mandataire courtier = espace.consultation.mandataire("Courtage Expat");
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace.consultation.mandat(courtier, contratDurand);
        espace.compteMandataire(courtier);
        espace.compteEntreprise(durand);
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private String jeton(String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecterApi(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(201, reponse.statusCode(), reponse.body());
        return json(reponse).get("jeton").asText();
    }

    private String jetonDurand() {
        return jeton(durand.numeroAdherent().valeur());
    }

    /** The fields of one valid demande of each type, for Durand's contract and employee ("{c}", "{s}"). */
    static Stream<String[]> unDeChaqueType() {
        return Stream.of(
                new String[] {"CHANGEMENT_GARANTIE",
                    "\"contratId\":\"{c}\",\"garantie\":\"SANTE_EXPAT_CFE_INTEGRAL\",\"dateEffet\":\"2026-03-01\""},
                new String[] {"AFFILIATION_SALARIE",
                    "\"nom\":\"Martin\",\"prenom\":\"Léa\",\"dateNaissance\":\"1990-05-12\","
                            + "\"email\":\"lea.martin@example.com\",\"paysExpatriation\":\"SG\",\"contratId\":\"{c}\","
                            + "\"dateEffet\":\"2026-03-01\",\"salaireReference\":450000"},
                new String[] {"MAJ_ENTREPRISE",
                    "\"raisonSociale\":\"Durand et Fils SA\",\"adresse\":{\"ligne1\":\"12 rue de la Paix\","
                            + "\"codePostal\":\"75002\",\"ville\":\"Paris\",\"pays\":\"FR\"},"
                            + "\"siret\":\"73282932000074\",\"email\":\"contact@durand.example\","
                            + "\"telephone\":\"01 23 45 67 89\""},
                new String[] {"MAJ_SALARIE",
                    "\"salarieId\":\"{s}\",\"nom\":\"Dupont\",\"prenom\":\"Marie-Anne\","
                            + "\"dateNaissance\":\"1985-02-03\""},
                new String[] {"MAJ_MODALITES_PAIEMENT",
                    "\"modePaiement\":\"PRELEVEMENT\",\"iban\":\"FR76 3000 6000 0112 3456 7890 189\","
                            + "\"bic\":\"BNPAFRPPXXX\",\"periodicite\":\"TRIMESTRIELLE\""},
                new String[] {"MAJ_SALAIRE_REFERENCE",
                    "\"salarieId\":\"{s}\",\"salaireReference\":520000,\"dateEffet\":\"2026-04-01\""},
                new String[] {"MAJ_PAYS_EXPATRIATION",
                    "\"salarieId\":\"{s}\",\"paysExpatriation\":\"JP\",\"dateEffet\":\"2026-04-01\""},
                new String[] {"RADIATION_SALARIE",
                    "\"salarieId\":\"{s}\",\"contratId\":\"{c}\",\"dateFin\":\"2026-06-30\""},
                new String[] {"AUTRE", "\"objet\":\"Question\",\"message\":\"Pouvez-vous me rappeler ?\""});
    }

    private String corps(String type, Entreprise entreprise, String champs) {
        return "{\"type\":\"" + type + "\",\"entrepriseId\":\"" + entreprise.id() + "\","
                + champs.replace("{c}", contratDurand.id().toString())
                .replace("{s}", salarieDurand.id().toString()) + "}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unDeChaqueType")
    void a_demande_of_each_type_is_created_and_listed(String type, String champs) {
        String jeton = jetonDurand();

        HttpResponse<String> reponse = serveur.postJson(API, corps(type, durand, champs), bearer(jeton));

        assertEquals(201, reponse.statusCode(), reponse.body());
        JsonNode demande = json(reponse);
        String id = demande.get("id").asText();
        assertEquals(API + "/" + id, reponse.headers().firstValue("Location").orElseThrow());
        assertEquals(type, demande.get("type").asText());
        assertEquals("EN_COURS", demande.get("statut").asText());
        assertEquals(json(serveur.get(API + "/" + id, bearer(jeton))), demande);
        JsonNode liste = json(serveur.get(API, bearer(jeton)));
        assertEquals(1, liste.get("items").size(), liste.toString());
        assertEquals(id, liste.at("/items/0/id").asText());
        assertEquals(type, liste.at("/items/0/type").asText());
    }

    @Test
    void every_wrong_field_is_reported_at_once_and_nothing_is_created() {
        String jeton = jetonDurand();
        String corps = "{\"type\":\"AFFILIATION_SALARIE\",\"entrepriseId\":\"" + durand.id() + "\","
                + "\"nom\":\"\",\"prenom\":\"Léa\",\"dateNaissance\":\"31/02/1990\",\"email\":\"pas-un-email\","
                + "\"paysExpatriation\":\"ZZ\",\"contratId\":\"42\",\"dateEffet\":\"2026-03-01\","
                + "\"salaireReference\":\"4500\"}";

        HttpResponse<String> reponse = serveur.postJson(API, corps,
                bearer(jeton, "Idempotency-Key", "cle avec espaces"));

        assertEquals(400, reponse.statusCode(), reponse.body());
        assertTrue(reponse.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(Map.of("cleIdempotence", "idempotence.cle.invalide", "nom", "champ.obligatoire",
                "dateNaissance", "date.invalide", "email", "email.invalide", "paysExpatriation", "pays.invalide",
                "contratId", "identifiant.invalide", "salaireReference", "montant.invalide"), erreurs(reponse));
        assertEquals(0, json(serveur.get(API, bearer(jeton))).get("items").size());
    }

    @Test
    void missing_fields_of_the_address_and_an_unknown_enum_value_are_named_after_the_json() {
        String corps = "{\"type\":\"MAJ_ENTREPRISE\",\"entrepriseId\":\"" + durand.id() + "\","
                + "\"raisonSociale\":\"Durand\",\"adresse\":{\"ligne1\":\"1 rue\",\"pays\":\"FR\"},"
                + "\"siret\":\"123\",\"email\":\"contact@durand.example\"}";
        String paiement = "{\"type\":\"MAJ_MODALITES_PAIEMENT\",\"entrepriseId\":\"" + durand.id() + "\","
                + "\"modePaiement\":\"CHEQUE\",\"iban\":\"FR00 1234\"}";
        String jeton = jetonDurand();

        HttpResponse<String> entreprise = serveur.postJson(API, corps, bearer(jeton));
        HttpResponse<String> modalites = serveur.postJson(API, paiement, bearer(jeton));

        assertEquals(400, entreprise.statusCode(), entreprise.body());
        assertEquals(Map.of("adresse.codePostal", "champ.obligatoire", "adresse.ville", "champ.obligatoire",
                "siret", "siret.invalide"), erreurs(entreprise));
        assertEquals(400, modalites.statusCode(), modalites.body());
        assertEquals(Map.of("modePaiement", "demande.modePaiement.invalide", "iban", "iban.invalide",
                "periodicite", "champ.obligatoire"), erreurs(modalites));
    }

    @Test
    void a_rule_across_fields_is_checked_once_every_field_is_readable() {
        String corps = corps("AFFILIATION_SALARIE", durand, "\"nom\":\"Martin\",\"prenom\":\"Léa\","
                + "\"dateNaissance\":\"2026-05-12\",\"paysExpatriation\":\"SG\",\"contratId\":\"{c}\","
                + "\"dateEffet\":\"2026-03-01\",\"salaireReference\":450000");

        HttpResponse<String> reponse = serveur.postJson(API, corps, bearer(jetonDurand()));

        assertEquals(400, reponse.statusCode(), reponse.body());
        assertEquals(Map.of("dateNaissance", "salarie.dateNaissance.invalide"), erreurs(reponse));
    }

    @Test
    void an_unknown_type_is_refused_alone() {
        HttpResponse<String> reponse = serveur.postJson(API,
                "{\"type\":\"DEMENAGEMENT\",\"entrepriseId\":\"" + durand.id() + "\"}", bearer(jetonDurand()));

        assertEquals(400, reponse.statusCode(), reponse.body());
        assertEquals("demande.type.invalide", json(reponse).get("code").asText());
        assertEquals(Map.of("type", "demande.type.invalide"), erreurs(reponse));
    }

    @Test
    void a_broker_submits_for_its_portfolio_and_gets_404_outside_it() {
        String jeton = jeton(courtier.numeroAdherent().valeur());
        String autre = "\"objet\":\"Question\",\"message\":\"Bonjour\"";
        String contratHorsPortefeuille = corps("CHANGEMENT_GARANTIE", martin, "\"contratId\":\""
                + contratMartin.id() + "\",\"garantie\":\"SANTE_EXPAT_CFE_INTEGRAL\",\"dateEffet\":\"2026-03-01\"");

        HttpResponse<String> dansPortefeuille = serveur.postJson(API, corps("AUTRE", durand, autre), bearer(jeton));
        HttpResponse<String> horsPortefeuille = serveur.postJson(API, corps("AUTRE", martin, autre), bearer(jeton));
        HttpResponse<String> contrat = serveur.postJson(API, contratHorsPortefeuille, bearer(jeton));

        assertEquals(201, dansPortefeuille.statusCode(), dansPortefeuille.body());
        assertEquals(404, horsPortefeuille.statusCode(), horsPortefeuille.body());
        assertEquals("entreprise.introuvable", json(horsPortefeuille).get("code").asText());
        assertEquals(404, contrat.statusCode(), contrat.body());
        assertEquals(1, json(serveur.get(API, bearer(jeton))).get("items").size());
    }

    @Test
    void a_retry_with_the_same_key_answers_the_first_demande_and_creates_nothing() {
        String jeton = jetonDurand();
        String corps = corps("AUTRE", durand, "\"objet\":\"Question\",\"message\":\"Bonjour\"");

        HttpResponse<String> premiere = serveur.postJson(API, corps, bearer(jeton, "Idempotency-Key", "cle-1"));
        HttpResponse<String> seconde = serveur.postJson(API, corps, bearer(jeton, "Idempotency-Key", "cle-1"));

        assertEquals(201, premiere.statusCode(), premiere.body());
        assertEquals(201, seconde.statusCode(), seconde.body());
        assertEquals(premiere.body(), seconde.body());
        assertEquals(premiere.headers().firstValue("Location"), seconde.headers().firstValue("Location"));
        assertEquals(1, json(serveur.get(API, bearer(jeton))).get("items").size());
    }

    @Test
    void the_same_key_for_another_demande_is_a_conflict() {
        String jeton = jetonDurand();
        String premier = corps("AUTRE", durand, "\"objet\":\"Question\",\"message\":\"Bonjour\"");
        String autre = corps("AUTRE", durand, "\"objet\":\"Question\",\"message\":\"Autre chose\"");

        HttpResponse<String> premiere = serveur.postJson(API, premier, bearer(jeton, "Idempotency-Key", "cle-1"));
        HttpResponse<String> conflit = serveur.postJson(API, autre, bearer(jeton, "Idempotency-Key", "cle-1"));

        assertEquals(201, premiere.statusCode(), premiere.body());
        assertEquals(409, conflit.statusCode(), conflit.body());
        assertEquals("idempotence.conflit", json(conflit).get("code").asText());
        assertEquals(1, json(serveur.get(API, bearer(jeton))).get("items").size());
    }

    // --- files, sent as multipart: the demande's JSON in the part "demande"

    private HttpResponse<String> envoyerAvecFichier(String chemin, CorpsMultipart corps, String jeton) {
        return serveur.envoyer(corps.envoyerPar(serveur.requete(chemin, bearer(jeton))));
    }

    private CorpsMultipart autreDemande() {
        return new CorpsMultipart().champ("demande", "application/json",
                corps("AUTRE", durand, "\"objet\":\"Attestation employeur\",\"message\":\"Ci-joint.\""));
    }

    @Test
    void a_demande_sent_as_multipart_keeps_its_files() {
        String jeton = jetonDurand();

        HttpResponse<String> reponse = envoyerAvecFichier(API, autreDemande()
                .fichier("piecesJointes", "attestation.pdf", EspaceDemandes.OCTETS_PDF)
                .fichier("piecesJointes", "scan.png", EspaceDemandes.OCTETS_PNG), jeton);

        assertEquals(201, reponse.statusCode(), reponse.body());
        JsonNode pieces = json(reponse).at("/historique/0/piecesJointes");
        assertEquals(2, pieces.size(), pieces.toString());
        assertEquals("attestation.pdf", pieces.at("/0/nomFichier").asText());
        HttpResponse<byte[]> fichier = serveur.getOctets(pieces.at("/0/lien").asText(), bearer(jeton));
        assertArrayEquals(EspaceDemandes.OCTETS_PDF, fichier.body());
    }

    @Test
    void a_file_that_is_no_pdf_jpeg_or_png_is_refused_on_its_field_with_the_json_errors_and_nothing_is_created() {
        String jeton = jetonDurand();
        CorpsMultipart corps = new CorpsMultipart().champ("demande", "application/json",
                        "{\"type\":\"AUTRE\",\"entrepriseId\":\"" + durand.id() + "\"}")
                .fichier("piecesJointes", "facture.pdf", "MZ pas un PDF".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> reponse = envoyerAvecFichier(API, corps, jeton);

        assertEquals(400, reponse.statusCode(), reponse.body());
        Map<String, String> erreurs = erreurs(reponse);
        assertTrue(erreurs.containsKey("piecesJointes") && erreurs.containsKey("objet"), erreurs.toString());
        assertEquals(0, json(serveur.get(API, bearer(jeton))).get("items").size());
    }

    @Test
    void a_multipart_call_without_the_demande_part_is_refused_on_that_part() {
        HttpResponse<String> reponse = envoyerAvecFichier(API, new CorpsMultipart()
                .fichier("piecesJointes", "attestation.pdf", EspaceDemandes.OCTETS_PDF), jetonDurand());

        assertEquals(400, reponse.statusCode(), reponse.body());
        assertEquals(Map.of("demande", "champ.obligatoire"), erreurs(reponse));
    }

    @Test
    void an_answer_sent_as_multipart_keeps_its_files() {
        String jeton = jetonDurand();
        String id = json(envoyerAvecFichier(API, autreDemande(), jeton)).get("id").asText();
        espace.decider(espace.gestionnaire(), DemandeId.de(id), StatutDemande.EN_ATTENTE_DE_RETOUR, "Le RIB ?");

        HttpResponse<String> reponse = envoyerAvecFichier(API + "/" + id + "/reponses", new CorpsMultipart()
                .champ("message", "Voici le RIB.").fichier("piecesJointes", "rib.pdf", EspaceDemandes.OCTETS_PDF),
                jeton);

        assertEquals(200, reponse.statusCode(), reponse.body());
        JsonNode fiche = json(reponse);
        assertEquals("EN_COURS", fiche.get("statut").asText());
        JsonNode reponseUtilisateur = fiche.at("/historique/2");
        assertEquals("Voici le RIB.", reponseUtilisateur.get("message").asText());
        assertEquals("rib.pdf", reponseUtilisateur.at("/piecesJointes/0/nomFichier").asText());
    }

    @Test
    void other_api_calls_still_refuse_a_multipart_body() {
        HttpResponse<String> reponse = envoyerAvecFichier("/api/v1/moi/cgu/acceptation",
                new CorpsMultipart().champ("version", "2026-11"), jetonDurand());

        assertEquals(415, reponse.statusCode(), reponse.body());
    }

    private static Map<String, String> erreurs(HttpResponse<String> reponse) {
        Map<String, String> erreurs = new HashMap<>();
        json(reponse).get("errors").forEach(erreur -> erreurs.put(erreur.get("champ").asText(),
                erreur.get("code").asText()));
        return erreurs;
    }
}
