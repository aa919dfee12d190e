package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MonCompteTest {

    private static final String NUMERO = "10000001";
    private static final String NOUVEAU = "Horizon-Cactus-Violon-93";

    private EspaceComptes espace;
    private Utilisateur compte;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        compte = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent(NUMERO).langue(Langue.EN));
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void changing_the_password_on_the_page_ends_every_other_session_and_keeps_this_one() {
        String autreSession = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = serveur.postFormulaire("/mon-compte/mot-de-passe", serveur.avecJeton(Map.of(
                "motDePasseActuel", EspaceComptes.MOT_DE_PASSE, "nouveauMotDePasse", NOUVEAU,
                "confirmationMotDePasse", NOUVEAU)));

        assertRedirige("/mon-compte/mot-de-passe/modifie", reponse);
        assertTrue(serveur.get("/mon-compte/mot-de-passe/modifie").body()
                .contains("Your other sessions have been closed."));
        assertEquals(401, serveur.get("/api/v1/moi", bearer(autreSession)).statusCode());
        assertEquals(200, serveur.get("/accueil").statusCode());
        serveur.oublierLesCookies();
        assertEquals(401, Navigation.connecterApi(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE).statusCode());
        assertEquals(201, Navigation.connecterApi(serveur, NUMERO, NOUVEAU).statusCode());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_wrong_current_password_is_shown_beside_its_field_and_nothing_changes(Langue langue) {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        serveur.get("/accueil?lang=" + langue.code());

        HttpResponse<String> reponse = serveur.postFormulaire("/mon-compte/mot-de-passe", serveur.avecJeton(Map.of(
                "motDePasseActuel", "Pas-le-bon-mot-de-passe", "nouveauMotDePasse", NOUVEAU,
                "confirmationMotDePasse", NOUVEAU)));

        assertEquals(409, reponse.statusCode());
        assertTrue(reponse.body().contains("id=\"champ-motDePasseActuel-erreur\""), reponse.body());
        assertTrue(reponse.body().contains(langue == Langue.FR ? "Le mot de passe actuel est incorrect."
                : "The current password is wrong."));
        assertFalse(reponse.body().contains("Pas-le-bon-mot-de-passe"));
        assertFalse(reponse.body().contains(NOUVEAU));
        assertTrue(espace.journal.deType(TypeEvenementAudit.MOT_DE_PASSE_CHANGE).isEmpty());
    }

    @Test
    void the_api_changes_the_password_with_the_current_one_and_ends_the_other_sessions() {
        String premiere = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        String seconde = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> sansActuel = serveur.putJson("/api/v1/moi/mot-de-passe",
                "{\"nouveauMotDePasse\":\"" + NOUVEAU + "\"}", bearer(premiere));
        HttpResponse<String> reponse = serveur.putJson("/api/v1/moi/mot-de-passe",
                "{\"motDePasseActuel\":\"" + EspaceComptes.MOT_DE_PASSE + "\",\"nouveauMotDePasse\":\"" + NOUVEAU
                        + "\"}", bearer(premiere));

        assertEquals(400, sansActuel.statusCode());
        assertEquals("motDePasseActuel", json(sansActuel).get("errors").get(0).get("champ").asText());
        assertEquals(200, reponse.statusCode(), reponse.body());
        assertEquals("[]", json(reponse).get("etapes").toString());
        assertEquals(200, serveur.get("/api/v1/moi", bearer(premiere)).statusCode());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(seconde)).statusCode());
    }

    @Test
    void the_pages_of_a_logged_in_user_are_in_the_language_of_the_account_whatever_the_browser_asks() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        String accueil = serveur.get("/accueil", langue(Langue.FR)).body();

        assertTrue(accueil.contains("<html lang=\"en\">"), accueil);
        assertTrue(accueil.contains("Your Espace Entreprise"));
    }

    @Test
    void switching_language_on_a_page_stores_it_with_the_account() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        String francais = serveur.get("/accueil?lang=fr").body();

        assertTrue(francais.contains("<html lang=\"fr\">"));
        assertEquals(Langue.FR, espace.utilisateurs.trouver(compte.id()).orElseThrow().langue());
        serveur.oublierLesCookies();
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(Langue.EN));
        assertTrue(serveur.get("/accueil", langue(Langue.EN)).body().contains("<html lang=\"fr\">"));
    }

    @Test
    void the_api_stores_the_language_asked_for_and_refuses_any_other() {
        String jeton = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> francais = serveur.putJson("/api/v1/moi/langue", "{\"langue\":\"fr\"}", bearer(jeton));
        HttpResponse<String> allemand = serveur.putJson("/api/v1/moi/langue", "{\"langue\":\"de\"}", bearer(jeton));

        assertEquals(204, francais.statusCode(), francais.body());
        assertEquals(Langue.FR, espace.utilisateurs.trouver(compte.id()).orElseThrow().langue());
        assertEquals(400, allemand.statusCode());
        assertEquals("langue.invalide", json(allemand).get("errors").get(0).get("code").asText());
        assertEquals("FR", json(serveur.get("/api/v1/moi", bearer(jeton))).get("langue").asText());
    }

    @Test
    void the_api_tells_the_logged_in_user_who_they_are() {
        String jeton = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        JsonNode moi = json(serveur.get("/api/v1/moi", bearer(jeton)));

        assertEquals(compte.id().toString(), moi.get("id").asText());
        assertEquals(compte.numeroAdherent().valeur(), moi.get("numeroAdherent").asText());
        assertEquals(compte.nom(), moi.get("nom").asText());
        assertEquals(compte.prenom(), moi.get("prenom").asText());
        assertEquals(compte.email().valeur(), moi.get("email").asText());
        assertEquals(compte.profil().name(), moi.get("profil").asText());
    }

    @Test
    void a_state_changing_api_call_authenticated_by_the_cookie_must_repeat_the_csrf_token() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> sansJeton = serveur.putJson("/api/v1/moi/langue", "{\"langue\":\"fr\"}");
        HttpResponse<String> avecJeton = serveur.putJson("/api/v1/moi/langue", "{\"langue\":\"fr\"}",
                "X-CSRF-Token", serveur.cookie("csrf").orElseThrow());

        assertEquals(403, sansJeton.statusCode());
        assertEquals("csrf.invalide", json(sansJeton).get("code").asText());
        assertEquals(204, avecJeton.statusCode());
    }

    @Test
    void the_home_page_links_the_sections_to_come_and_the_password_change() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        String accueil = serveur.get("/accueil").body();

        for (String lien : new String[] {"/interlocuteur", "/salaries", "/contrats", "/cotisations", "/demandes",
            "/documents", "/urgence", "/securite", "/contact", "/mon-compte/mot-de-passe"}) {
            assertTrue(accueil.contains("href=\"" + lien + "\""), lien);
        }
        assertFalse(accueil.contains("href=\"/gestion/"), "no back office for a company");
        assertTrue(accueil.contains("action=\"/deconnexion\""));
    }
}
