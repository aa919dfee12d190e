package fr.espaceentreprise.adapters.web.gestion;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.StatutInscription;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GestionTest {

    private EspaceComptes espace;
    private ServeurDeTest serveur;
    private DemandeInscription conforme;
    private DemandeInscription inconnue;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        espace.gestionnaire();
        espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001"));
        Entreprise entreprise = espace.entreprises.ajouter(UneEntreprise.nommee("Expat Conseil SAS")
                .numeroAdherent("10000004").build());
        conforme = espace.demandesInscription.ajouter(UneDemandeInscription.pour(entreprise).build());
        inconnue = espace.demandesInscription.ajouter(UneDemandeInscription.entreprise().numeroAdherent("19999999")
                .recueLe(UneDemandeInscription.RECUE_LE.plusSeconds(60)).build());
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void the_gestionnaire_sees_the_pending_requests_with_the_result_of_each_check() {
        connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE, "Accept-Language", "fr");

        String page = serveur.get("/gestion/inscriptions").body();

        assertTrue(page.contains("<h1>Demandes de création de compte</h1>"), page);
        assertTrue(page.indexOf(conforme.id().toString()) < page.indexOf(inconnue.id().toString()), "oldest first");
        assertTrue(page.contains("action=\"/gestion/inscriptions/" + conforme.id() + "/validation\""));
        assertFalse(page.contains("action=\"/gestion/inscriptions/" + inconnue.id() + "/validation\""),
                "a request whose checks fail cannot be validated");
        assertTrue(page.contains("action=\"/gestion/inscriptions/" + inconnue.id() + "/rejet\""));
        assertTrue(page.contains("<dt>Numéro d’adhérent connu</dt><dd>Non satisfait</dd>"), page);
        assertTrue(page.contains("<dt>SIRET conforme</dt><dd>Satisfait</dd>"), page);
    }

    @Test
    void validating_on_the_page_creates_the_account_and_queues_two_separate_mails() {
        connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = serveur.postFormulaire("/gestion/inscriptions/" + conforme.id()
                + "/validation", serveur.avecJeton(Map.of()));

        assertRedirige("/gestion/inscriptions?decision=validee", reponse);
        List<Notification> envoyees = espace.notifications.envoyees();
        assertEquals(List.of(TypeNotification.MOT_DE_PASSE_PROVISOIRE, TypeNotification.RAPPEL_NUMERO_ADHERENT),
                envoyees.stream().map(Notification::type).toList());
        assertTrue(espace.utilisateurs.trouverParNumeroAdherent(new NumeroAdherent("10000004")).isPresent());
        assertEquals(StatutInscription.VALIDEE, espace.demandesInscription.de(conforme.id()).statut());
        String page = serveur.get("/gestion/inscriptions?decision=validee").body();
        assertTrue(page.contains("La demande a été validée"), page);
        assertFalse(page.contains(conforme.id().toString()), "no longer pending");
    }

    @Test
    void validating_twice_or_a_request_whose_checks_fail_is_refused() {
        String[] gestionnaire = bearer(Navigation.jeton(serveur, "90000001", EspaceComptes.MOT_DE_PASSE));
        String validation = "/api/v1/gestion/inscriptions/" + conforme.id() + "/validation";

        assertEquals(200, serveur.postJson(validation, "", gestionnaire).statusCode());
        HttpResponse<String> deuxieme = serveur.postJson(validation, "", gestionnaire);
        HttpResponse<String> echec = serveur.postJson("/api/v1/gestion/inscriptions/" + inconnue.id()
                + "/validation", "", gestionnaire);

        assertEquals(409, deuxieme.statusCode());
        assertEquals("inscription.deja_traitee", json(deuxieme).get("code").asText());
        assertEquals(409, echec.statusCode());
        assertEquals("inscription.controles_non_satisfaits", json(echec).get("code").asText());
        assertEquals(2, espace.notifications.envoyees().size());
    }

    @Test
    void rejecting_needs_a_motif_and_then_queues_one_mail() {
        connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE, "Accept-Language", "en");
        String rejet = "/gestion/inscriptions/" + inconnue.id() + "/rejet";

        HttpResponse<String> sansMotif = serveur.postFormulaire(rejet, serveur.avecJeton(Map.of("motif", " ")));
        HttpResponse<String> rejetee = serveur.postFormulaire(rejet, serveur.avecJeton(Map.of("motif",
                "Numéro d'adhérent inconnu")));

        assertEquals(400, sansMotif.statusCode());
        assertTrue(sansMotif.body().contains("id=\"motif-" + inconnue.id() + "-erreur\""), sansMotif.body());
        assertTrue(sansMotif.body().contains("Indiquez le motif du rejet."), "the account's language, French");
        assertRedirige("/gestion/inscriptions?decision=rejetee", rejetee);
        assertEquals(List.of(TypeNotification.INSCRIPTION_REJETEE),
                espace.notifications.envoyees().stream().map(Notification::type).toList());
        assertEquals(StatutInscription.REJETEE, espace.demandesInscription.de(inconnue.id()).statut());
    }

    @Test
    void the_api_lists_the_requests_with_their_checks_and_rejects_with_a_motif() {
        String[] gestionnaire = bearer(Navigation.jeton(serveur, "90000001", EspaceComptes.MOT_DE_PASSE));

        HttpResponse<String> premiere = serveur.get("/api/v1/gestion/inscriptions?taille=1", gestionnaire);

        assertEquals(200, premiere.statusCode(), premiere.body());
        JsonNode page = json(premiere);
        assertEquals(1, page.get("items").size());
        JsonNode item = page.get("items").get(0);
        assertEquals(conforme.id().toString(), item.get("id").asText());
        assertEquals("ENTREPRISE", item.get("profil").asText());
        assertEquals("1984-06-15", item.get("dateNaissance").asText());
        assertTrue(item.get("controles").get("numeroAdherentConnu").asBoolean());
        JsonNode suite = json(serveur.get("/api/v1/gestion/inscriptions?taille=1&apres="
                + page.get("suivant").asText(), gestionnaire));
        assertEquals(inconnue.id().toString(), suite.get("items").get(0).get("id").asText());
        assertEquals("[\"inscription.numeroAdherent.inconnu\",\"inscription.profil.different\","
                + "\"inscription.siret.different\"]", suite.get("items").get(0).get("controles").get("echecs")
                .toString());
        assertTrue(suite.has("suivant") && suite.get("suivant").isNull(), suite.toString());

        HttpResponse<String> rejet = serveur.postJson("/api/v1/gestion/inscriptions/" + inconnue.id() + "/rejet",
                "{\"motif\":\"Inconnu\"}", gestionnaire);
        assertEquals(204, rejet.statusCode(), rejet.body());
        assertEquals(1, espace.notifications.deType(TypeNotification.INSCRIPTION_REJETEE).size());
    }

    @Test
    void the_journal_is_filtered_by_member_number_and_paged_by_keyset() {
        for (int i = 0; i < 25; i++) {
            espace.journal.ajouter(EvenementAudit.de(TypeEvenementAudit.CONNEXION_ECHOUEE,
                    Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i), null, new NumeroAdherent("10000007"),
                    new AdresseIp("203.0.113.9"), "mot_de_passe_incorrect"));
        }
        espace.journal.ajouter(EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE,
                Instant.parse("2026-03-01T11:00:00Z"), null, null, new AdresseIp("203.0.113.9"), "aucun_compte"));
        connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE, "Accept-Language", "fr");

        String premiere = serveur.get("/gestion/journal?numeroAdherent=10000007").body();

        assertEquals(20, occurrences(premiere, "<td>Connexion échouée</td>"), premiere);
        assertFalse(premiere.contains("Identifiant oublié"));
        String lien = premiere.substring(premiere.indexOf("<a href=\"/gestion/journal?numeroAdherent=10000007&amp;apres=")
                + "<a href=\"".length());
        lien = lien.substring(0, lien.indexOf('"')).replace("&amp;", "&");
        String seconde = serveur.get(lien).body();
        assertEquals(5, occurrences(seconde, "<td>Connexion échouée</td>"), seconde);
        assertFalse(seconde.contains("Page suivante"));
        String tout = serveur.get("/gestion/journal").body();
        assertTrue(tout.contains("<td>Identifiant oublié</td>"), "newest first, every account");
        assertTrue(tout.contains("<td>Connexion réussie</td>"), "the gestionnaire's own login");

        HttpResponse<String> mauvaisFiltre = serveur.get("/gestion/journal?numeroAdherent=12");
        assertEquals(400, mauvaisFiltre.statusCode());
        assertTrue(mauvaisFiltre.body().contains("id=\"champ-numeroAdherent-erreur\""));
    }

    @Test
    void the_api_gives_the_journal_newest_first() {
        String[] gestionnaire = bearer(Navigation.jeton(serveur, "90000001", EspaceComptes.MOT_DE_PASSE));

        JsonNode journal = json(serveur.get("/api/v1/gestion/journal?numeroAdherent=90000001", gestionnaire));

        JsonNode premier = journal.get("items").get(0);
        assertEquals("CONNEXION_REUSSIE", premier.get("type").asText());
        assertEquals("90000001", premier.get("numeroAdherent").asText());
        assertEquals("2026-03-02T08:00:00Z", premier.get("instant").asText());
        assertEquals("400", String.valueOf(serveur.get("/api/v1/gestion/journal?apres=nimportequoi", gestionnaire)
                .statusCode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gestion/inscriptions", "/gestion/journal"})
    void the_back_office_pages_do_not_exist_for_anyone_else(String page) {
        connecter(serveur, "10000001", EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = serveur.get(page);

        assertEquals(404, reponse.statusCode());
        assertEquals(serveur.get("/nulle-part").body().replace("/nulle-part", page), reponse.body());
    }

    @Test
    void the_back_office_forms_and_api_answer_404_to_anyone_else_and_change_nothing() {
        String[] entreprise = bearer(Navigation.jeton(serveur, "10000001", EspaceComptes.MOT_DE_PASSE));
        connecter(serveur, "10000001", EspaceComptes.MOT_DE_PASSE);

        assertEquals(404, serveur.postFormulaire("/gestion/inscriptions/" + conforme.id() + "/validation",
                serveur.avecJeton(Map.of())).statusCode());
        assertEquals(404, serveur.postFormulaire("/gestion/inscriptions/" + conforme.id() + "/rejet",
                serveur.avecJeton(Map.of("motif", "x"))).statusCode());
        for (String api : new String[] {"/api/v1/gestion/inscriptions", "/api/v1/gestion/journal"}) {
            HttpResponse<String> reponse = serveur.get(api, entreprise);
            assertEquals(404, reponse.statusCode(), api);
            assertEquals("ressource.introuvable", json(reponse).get("code").asText());
        }
        assertEquals(404, serveur.postJson("/api/v1/gestion/inscriptions/" + conforme.id() + "/validation", "",
                entreprise).statusCode());
        assertEquals(404, serveur.postJson("/api/v1/gestion/inscriptions/" + UUID.randomUUID() + "/rejet",
                "{\"motif\":\"x\"}", entreprise).statusCode());
        assertEquals(StatutInscription.EN_ATTENTE, espace.demandesInscription.de(conforme.id()).statut());
        assertEquals(List.of(TypeNotification.SECURITE_NOUVEL_APPAREIL), espace.notifications.envoyees().stream()
                .map(Notification::type).toList(), "the browser's login after the API's is a new device, no more");
    }

    @Test
    void an_unknown_request_is_not_found_for_the_gestionnaire_either() {
        String[] gestionnaire = bearer(Navigation.jeton(serveur, "90000001", EspaceComptes.MOT_DE_PASSE));

        assertEquals(404, serveur.postJson("/api/v1/gestion/inscriptions/" + UUID.randomUUID() + "/validation", "",
                gestionnaire).statusCode());
        HttpResponse<String> illisible = serveur.postJson("/api/v1/gestion/inscriptions/pas-un-uuid/validation", "",
                gestionnaire);
        assertEquals(400, illisible.statusCode());
    }

    @Test
    void the_gestionnaire_home_links_the_back_office_in_both_languages() {
        connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE);

        String francais = serveur.get("/accueil?lang=fr").body();
        String anglais = serveur.get("/accueil?lang=en").body();

        assertTrue(francais.contains("<a href=\"/gestion/inscriptions\">Demandes de création de compte</a>"), francais);
        assertTrue(anglais.contains("<a href=\"/gestion/journal\">Log of logins and operations</a>"), anglais);
        assertEquals(Langue.EN, espace.utilisateurs.trouverParNumeroAdherent(new NumeroAdherent("90000001"))
                .orElseThrow().langue());
    }

    private static int occurrences(String texte, String motif) {
        int nombre = 0;
        for (int i = texte.indexOf(motif); i >= 0; i = texte.indexOf(motif, i + 1)) {
            nombre++;
        }
        return nombre;
    }
}
