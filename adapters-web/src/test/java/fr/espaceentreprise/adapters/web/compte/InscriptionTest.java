package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InscriptionTest {

    private EspaceComptes espace;
    private Entreprise entreprise;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        entreprise = espace.entreprises.ajouter(UneEntreprise.nommee("Expat Conseil SAS")
                .numeroAdherent("10000004").build());
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private Map<String, String> etape1Entreprise(String numeroAdherent) {
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("profil", "ENTREPRISE");
        champs.put("raisonSociale", entreprise.raisonSociale());
        champs.put("siret", entreprise.siret().valeur());
        champs.put("email", "camille.durand@example.fr");
        champs.put("numeroAdherent", numeroAdherent);
        return champs;
    }

    private static Map<String, String> etape2(Map<String, String> etape1) {
        Map<String, String> champs = new LinkedHashMap<>(etape1);
        champs.put("nom", "Durand");
        champs.put("prenom", "Camille");
        champs.put("dateNaissance", "1984-06-15");
        return champs;
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void an_entreprise_walks_both_steps_and_gets_the_same_answer_whether_or_not_it_is_a_member(Langue langue) {
        String choix = serveur.get("/inscription", langue(langue)).body();
        assertTrue(choix.contains("value=\"ENTREPRISE\""), choix);
        assertTrue(choix.contains("value=\"MANDATAIRE\""), choix);

        String etape1 = serveur.get("/inscription?profil=ENTREPRISE", langue(langue)).body();
        for (String champ : new String[] {"raisonSociale", "siret", "email", "numeroAdherent"}) {
            assertTrue(etape1.contains("name=\"" + champ + "\""), champ);
        }
        assertTrue(etape1.contains("action=\"/inscription/continuer\""));
        assertTrue(etape1.contains(langue == Langue.FR ? ">Continuer</button>" : ">Continue</button>"), etape1);

        HttpResponse<String> etape2 = serveur.postFormulaire("/inscription/continuer",
                serveur.avecJeton(etape1Entreprise("10000004")), langue(langue));
        assertEquals(200, etape2.statusCode(), etape2.body());
        assertTrue(etape2.body().contains("<input type=\"hidden\" name=\"siret\" value=\""
                + entreprise.siret().valeur() + "\">"), etape2.body());
        for (String champ : new String[] {"nom", "prenom", "dateNaissance"}) {
            assertTrue(etape2.body().contains("id=\"champ-" + champ + "\""), champ);
        }
        assertTrue(etape2.body().contains(langue == Langue.FR ? ">Envoyer ma demande</button>"
                : ">Send my request</button>"));

        HttpResponse<String> membre = serveur.postFormulaire("/inscription",
                serveur.avecJeton(etape2(etape1Entreprise("10000004"))), langue(langue));
        HttpResponse<String> inconnu = serveur.postFormulaire("/inscription",
                serveur.avecJeton(etape2(etape1Entreprise("19999999"))), langue(langue));

        assertRedirige("/inscription/demande-envoyee", membre);
        assertRedirige("/inscription/demande-envoyee", inconnu);
        assertEquals(ServeurDeTest.entetesSansDate(membre), ServeurDeTest.entetesSansDate(inconnu));
        String confirmation = serveur.get("/inscription/demande-envoyee", langue(langue)).body();
        assertTrue(confirmation.contains(langue == Langue.FR ? "Votre demande de création de compte a bien été reçue."
                : "Your sign-up request has been received."), confirmation);
        assertEquals(2, espace.demandesInscription.taille());
        DemandeInscription demande = espace.demandesInscription.tous().stream()
                .filter(d -> d.numeroAdherent().valeur().equals("10000004")).findFirst().orElseThrow();
        assertEquals(Profil.ENTREPRISE, demande.profil());
        assertEquals(entreprise.siret(), demande.siret().orElseThrow());
        assertEquals(LocalDate.of(1984, 6, 15), demande.dateNaissance());
        assertEquals(langue, demande.langue());
    }

    @Test
    void a_mandataire_gives_only_its_number_and_email_then_the_person() {
        String etape1 = serveur.get("/inscription?profil=MANDATAIRE").body();
        assertFalse(etape1.contains("name=\"raisonSociale\""), etape1);
        assertFalse(etape1.contains("name=\"siret\""), etape1);
        Map<String, String> champs = Map.of("profil", "MANDATAIRE", "numeroAdherent", "20000002",
                "email", "courtier@example.fr");
        String etape2 = serveur.postFormulaire("/inscription/continuer", serveur.avecJeton(champs)).body();
        assertFalse(etape2.contains("name=\"siret\""), etape2);

        Map<String, String> tout = new HashMap<>(etape2(champs));
        tout.put("siret", "n'importe quoi");
        HttpResponse<String> reponse = serveur.postFormulaire("/inscription", serveur.avecJeton(tout));

        assertRedirige("/inscription/demande-envoyee", reponse);
        DemandeInscription demande = espace.demandesInscription.tous().get(0);
        assertEquals(Profil.MANDATAIRE, demande.profil());
        assertTrue(demande.siret().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void every_wrong_field_of_step_1_is_shown_at_once_with_what_was_typed_and_nothing_is_stored(Langue langue) {
        Map<String, String> champs = Map.of("profil", "ENTREPRISE", "raisonSociale", " ", "siret", "123 456",
                "email", "pas-une-adresse", "numeroAdherent", "1234");

        HttpResponse<String> reponse = serveur.postFormulaire("/inscription/continuer", serveur.avecJeton(champs),
                langue(langue));

        assertEquals(400, reponse.statusCode());
        String html = reponse.body();
        assertTrue(html.contains(langue == Langue.FR ? "Le formulaire contient 4 erreurs" : "The form has 4 errors"),
                html);
        for (String champ : new String[] {"raisonSociale", "siret", "email", "numeroAdherent"}) {
            assertTrue(html.contains("id=\"champ-" + champ + "-erreur\""), champ);
            assertTrue(html.contains("<a href=\"#champ-" + champ + "\">"), champ);
        }
        assertTrue(html.contains("value=\"123 456\""), "what was typed is kept");
        assertTrue(html.contains(langue == Langue.FR ? "Le numéro d’adhérent compte 8 chiffres."
                : "member number"), html);
        assertEquals(0, espace.demandesInscription.taille());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void every_wrong_field_of_step_2_is_shown_at_once_and_nothing_is_stored(Langue langue) {
        Map<String, String> champs = new HashMap<>(etape1Entreprise("10000004"));
        champs.put("nom", "");
        champs.put("prenom", "x".repeat(81));
        champs.put("dateNaissance", "31/02/1990");

        HttpResponse<String> reponse = serveur.postFormulaire("/inscription", serveur.avecJeton(champs),
                langue(langue));

        assertEquals(400, reponse.statusCode());
        String html = reponse.body();
        assertTrue(html.contains(langue == Langue.FR ? "Le formulaire contient 3 erreurs" : "The form has 3 errors"),
                html);
        for (String champ : new String[] {"nom", "prenom", "dateNaissance"}) {
            assertTrue(html.contains("id=\"champ-" + champ + "-erreur\""), champ);
        }
        assertTrue(html.contains(langue == Langue.FR ? "La date n’est pas valide" : "The date is not valid"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"numeroAdherent\" value=\"10000004\">"), html);
        assertEquals(0, espace.demandesInscription.taille());
        assertEquals(0, espace.journal.evenements().size());
    }

    @Test
    void a_birth_date_outside_the_ages_allowed_is_refused_beside_its_field() {
        Map<String, String> champs = new HashMap<>(etape2(etape1Entreprise("10000004")));
        champs.put("dateNaissance", "15/06/2020");

        HttpResponse<String> reponse = serveur.postFormulaire("/inscription", serveur.avecJeton(champs),
                langue(Langue.FR));

        assertEquals(400, reponse.statusCode());
        assertTrue(reponse.body().contains("la personne doit avoir entre 16 et 120 ans"), reponse.body());
        assertTrue(reponse.body().contains("id=\"champ-dateNaissance-erreur\""));
        assertEquals(0, espace.demandesInscription.taille());
    }

    @Test
    void step_1_values_tampered_with_in_step_2_send_back_to_step_1() {
        Map<String, String> champs = new HashMap<>(etape2(etape1Entreprise("10000004")));
        champs.put("siret", "00000000000001");

        HttpResponse<String> reponse = serveur.postFormulaire("/inscription", serveur.avecJeton(champs));

        assertEquals(400, reponse.statusCode());
        assertTrue(reponse.body().contains("action=\"/inscription/continuer\""), reponse.body());
        assertTrue(reponse.body().contains("id=\"champ-siret-erreur\""));
        assertTrue(reponse.body().contains("name=\"nom\" value=\"Durand\""), "step 2 is kept for later");
        assertEquals(0, espace.demandesInscription.taille());
    }

    @Test
    void going_back_from_step_2_keeps_what_was_typed() {
        HttpResponse<String> reponse = serveur.postFormulaire("/inscription/retour",
                serveur.avecJeton(etape2(etape1Entreprise("10000004"))));

        assertEquals(200, reponse.statusCode());
        assertTrue(reponse.body().contains("value=\"" + entreprise.raisonSociale() + "\""), reponse.body());
        assertTrue(reponse.body().contains("name=\"prenom\" value=\"Camille\""));
    }

    @Test
    void an_unknown_profil_is_refused_on_the_choice() {
        HttpResponse<String> reponse = serveur.get("/inscription?profil=GESTIONNAIRE", langue(Langue.EN));

        assertEquals(400, reponse.statusCode());
        assertTrue(reponse.body().contains("Choose “Company” or “Broker”."), reponse.body());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_api_answers_202_with_the_same_body_whether_or_not_the_data_matches(Langue langue) {
        HttpResponse<String> membre = serveur.postJson("/api/v1/inscriptions", corps(etape2(etape1Entreprise(
                "10000004"))), langue(langue));
        HttpResponse<String> inconnu = serveur.postJson("/api/v1/inscriptions", corps(etape2(etape1Entreprise(
                "19999999"))), langue(langue));

        assertEquals(202, membre.statusCode(), membre.body());
        assertEquals(202, inconnu.statusCode());
        assertEquals(membre.body(), inconnu.body());
        assertEquals("RECUE", json(membre).get("statut").asText());
        assertEquals(2, espace.demandesInscription.taille());
        assertTrue(espace.demandesInscription.tous().stream().allMatch(d -> d.langue() == langue));
    }

    @Test
    void the_api_lists_every_wrong_field_at_once_and_stores_nothing() {
        Map<String, String> champs = Map.of("profil", "ENTREPRISE", "raisonSociale", "", "siret", "123",
                "email", "x", "numeroAdherent", "1", "nom", "", "prenom", " ", "dateNaissance", "hier");

        HttpResponse<String> reponse = serveur.postJson("/api/v1/inscriptions", corps(champs), langue(Langue.EN));

        assertEquals(400, reponse.statusCode());
        JsonNode probleme = json(reponse);
        assertEquals("urn:espace-entreprise:probleme:saisie-invalide", probleme.get("type").asText());
        Set<String> champsEnErreur = new TreeSet<>();
        probleme.get("errors").forEach(erreur -> champsEnErreur.add(erreur.get("champ").asText()));
        assertEquals(new TreeSet<>(Set.of("raisonSociale", "siret", "email", "numeroAdherent", "nom", "prenom",
                "dateNaissance")), champsEnErreur);
        assertEquals(0, espace.demandesInscription.taille());

        HttpResponse<String> profil = serveur.postJson("/api/v1/inscriptions", "{\"profil\":\"GESTIONNAIRE\"}");
        assertEquals(400, profil.statusCode());
        assertTrue(profil.body().contains("\"champ\":\"profil\""), profil.body());
        assertEquals(0, espace.demandesInscription.taille());
    }

    @Test
    void a_name_with_a_nul_character_is_a_field_error_not_a_server_error() {
        String corps = "{\"profil\":\"MANDATAIRE\",\"email\":\"claire@courtage.example\","
                + "\"numeroAdherent\":\"20000002\",\"nom\":\"Ma\\u0000rtin\",\"prenom\":\"Claire\","
                + "\"dateNaissance\":\"1980-05-12\"}";

        HttpResponse<String> reponse = serveur.postJson("/api/v1/inscriptions", corps, langue(Langue.EN));

        assertEquals(400, reponse.statusCode(), reponse.body());
        JsonNode erreur = json(reponse).get("errors").get(0);
        assertEquals("nom", erreur.get("champ").asText());
        assertEquals("champ.caracteres_invalides", erreur.get("code").asText());
        assertEquals(0, espace.demandesInscription.taille());
    }

    @Test
    void too_many_requests_from_one_address_get_429_on_the_page_and_the_api() {
        espace.limiteur.refuser("inscription:ip:", Duration.ofMinutes(10));

        HttpResponse<String> page = serveur.postFormulaire("/inscription",
                serveur.avecJeton(etape2(etape1Entreprise("10000004"))), langue(Langue.FR));
        HttpResponse<String> api = serveur.postJson("/api/v1/inscriptions",
                corps(etape2(etape1Entreprise("10000004"))), langue(Langue.EN));

        assertEquals(429, page.statusCode());
        assertEquals("600", page.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(page.body().contains("Réessayez dans 10 minutes."), page.body());
        assertEquals(429, api.statusCode());
        assertEquals("600", api.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("requete.trop_nombreuses", json(api).get("code").asText());
        assertEquals(0, espace.demandesInscription.taille());
    }

    private static String corps(Map<String, String> champs) {
        StringBuilder json = new StringBuilder("{");
        champs.forEach((nom, valeur) -> json.append(json.length() > 1 ? "," : "").append('"').append(nom)
                .append("\":\"").append(valeur).append('"'));
        return json.append('}').toString();
    }
}
