package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecterApi;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.CourrielsCompte;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * From the sign-up request to the home page: the gestionnaire validates, the two mails are queued, the user logs
 * in with the temporary password and must choose a password, confirm the e-mail with the code mailed, accept the
 * CGU, before anything else; then the home page shows the previous login.
 */
class PremiereConnexionTest {

    private static final String NUMERO = "10000004";
    private static final String PROVISOIRE = "Provisoire-Lune-7788";
    private static final String NOUVEAU = "Horizon-Cactus-Violon-93";

    private EspaceComptes espace;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        Entreprise entreprise = espace.entreprises.ajouter(UneEntreprise.nommee("Expat Conseil SAS")
                .numeroAdherent(NUMERO).build());
        // A contrat in force, without which the account signed up for would have nothing to see, nor log in.
        espace.ports().contrats.ajouter(UnContrat.de(entreprise.id()).build());
        espace.gestionnaire();
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_new_user_completes_every_step_before_reaching_home_which_then_shows_the_previous_login(Langue langue) {
        demanderEtFaireValider(langue);
        List<Notification> envoyees = espace.notifications.envoyees();
        assertEquals(List.of(TypeNotification.MOT_DE_PASSE_PROVISOIRE, TypeNotification.RAPPEL_NUMERO_ADHERENT),
                envoyees.stream().map(Notification::type).toList());
        assertTrue(envoyees.stream().allMatch(n -> n.destinataire().valeur().equals("camille.durand@example.fr")
                && n.langue() == langue));
        String provisoire = secret(CourrielsCompte.MOT_DE_PASSE_PROVISOIRE, PROVISOIRE);

        assertRedirige("/premiere-connexion/mot-de-passe", connecter(serveur, NUMERO, provisoire));
        for (String ailleurs : new String[] {"/accueil", "/mon-compte/mot-de-passe", "/premiere-connexion/email",
            "/premiere-connexion/cgu", "/"}) {
            assertRedirige("/premiere-connexion/mot-de-passe", serveur.get(ailleurs));
        }
        assertEtapeApi("CHANGER_MOT_DE_PASSE", langue == Langue.FR
                ? "Avant toute autre action, vous devez d’abord choisir votre mot de passe."
                : "Before anything else, you must first choose your password.");

        String pageMotDePasse = serveur.get("/premiere-connexion/mot-de-passe").body();
        assertTrue(pageMotDePasse.contains(langue == Langue.FR ? "Il compte de 12 à 128 caractères"
                : "It has 12 to 128 characters"), pageMotDePasse);
        HttpResponse<String> differents = poster("/premiere-connexion/mot-de-passe", Map.of(
                "nouveauMotDePasse", NOUVEAU, "confirmationMotDePasse", NOUVEAU + "!"));
        assertEquals(400, differents.statusCode());
        assertTrue(differents.body().contains(langue == Langue.FR
                ? "Les deux mots de passe saisis ne sont pas identiques." : "The two passwords typed are not the same."));
        assertFalse(differents.body().contains(NOUVEAU), "a password is never shown back");
        HttpResponse<String> tropCourt = poster("/premiere-connexion/mot-de-passe", Map.of(
                "nouveauMotDePasse", "Court-1", "confirmationMotDePasse", "Court-1"));
        assertEquals(400, tropCourt.statusCode());
        assertTrue(tropCourt.body().contains(langue == Langue.FR ? "au moins 12 caractères" : "at least 12 characters"));
        assertRedirige("/premiere-connexion/email", poster("/premiere-connexion/mot-de-passe", Map.of(
                "nouveauMotDePasse", NOUVEAU, "confirmationMotDePasse", NOUVEAU)));

        assertRedirige("/premiere-connexion/email", serveur.get("/accueil"));
        assertEtapeApi("CONFIRMER_EMAIL", null);
        assertRedirige("/premiere-connexion/email?envoi=ok", poster("/premiere-connexion/email/code", Map.of()));
        assertTrue(serveur.get("/premiere-connexion/email?envoi=ok").body().contains(langue == Langue.FR
                ? "Un code vient d’être envoyé" : "A code has just been sent"));
        String code = secret(CourrielsCompte.CODE, "314159");
        HttpResponse<String> mauvaisCode = poster("/premiere-connexion/email", Map.of("code", "000000"));
        assertEquals(409, mauvaisCode.statusCode());
        assertTrue(mauvaisCode.body().contains(langue == Langue.FR ? "Il vous reste 4 essais."
                : "You have 4 attempts left."), mauvaisCode.body());
        assertRedirige("/premiere-connexion/cgu", poster("/premiere-connexion/email", Map.of("code", code)));

        String pageCgu = serveur.get("/premiere-connexion/cgu").body();
        assertTrue(pageCgu.contains(langue == Langue.FR ? "<h3>Article 1 — Objet</h3>" : "<h3>Article 1 — Purpose</h3>"),
                pageCgu);
        assertTrue(pageCgu.contains("<input type=\"hidden\" name=\"version\" value=\"2026-01\">"), pageCgu);
        assertTrue(pageCgu.contains("type=\"checkbox\""));
        HttpResponse<String> sansCase = poster("/premiere-connexion/cgu", Map.of("version", "2026-01"));
        assertEquals(400, sansCase.statusCode());
        assertTrue(sansCase.body().contains("id=\"champ-accepte-erreur\""), sansCase.body());
        assertRedirige("/accueil", poster("/premiere-connexion/cgu", Map.of("version", "2026-01", "accepte", "oui")));

        String accueil = serveur.get("/accueil").body();
        assertTrue(accueil.contains(langue == Langue.FR ? "C’est votre première connexion"
                : "This is your first login"), accueil);
        assertEquals(200, serveur.get("/api/v1/moi", "Cookie", "session=" + serveur.cookie("session").orElseThrow())
                .statusCode());

        serveur.postFormulaire("/deconnexion", serveur.avecJeton(Map.of()));
        espace.horloge.avancer(Duration.ofDays(1));
        assertRedirige("/accueil", connecter(serveur, NUMERO, NOUVEAU));
        String retour = serveur.get("/accueil").body();
        assertTrue(retour.contains(langue == Langue.FR
                ? "Votre précédente connexion : le lundi 2 mars 2026 à 09:00 (heure de Paris)."
                : "Your previous login: Monday, March 2, 2026 at 9:00 AM (Paris time)."), retour);
        assertEquals("Connecté : " + NUMERO, langue == Langue.FR ? ConnexionTest.entete(retour)
                : ConnexionTest.entete(retour).replace("Logged in: ", "Connecté : "));
    }

    @Test
    void the_api_takes_the_same_steps_naming_the_pending_one_in_every_refusal() {
        String provisoire = compteAvecMotDePasseProvisoire();

        HttpResponse<String> connexion = connecterApi(serveur, NUMERO, provisoire);
        assertEquals(201, connexion.statusCode());
        assertEquals("[\"CHANGER_MOT_DE_PASSE\",\"CONFIRMER_EMAIL\",\"ACCEPTER_CGU\"]",
                json(connexion).get("etapes").toString());
        String[] jeton = bearer(json(connexion).get("jeton").asText());
        assertEtape("CHANGER_MOT_DE_PASSE", serveur.get("/api/v1/moi", jeton));
        assertEtape("CHANGER_MOT_DE_PASSE", serveur.get("/api/v1/accueil", jeton));

        HttpResponse<String> motDePasse = serveur.putJson("/api/v1/moi/mot-de-passe",
                "{\"nouveauMotDePasse\":\"" + NOUVEAU + "\"}", jeton);
        assertEquals(200, motDePasse.statusCode(), motDePasse.body());
        assertEquals("[\"CONFIRMER_EMAIL\",\"ACCEPTER_CGU\"]", json(motDePasse).get("etapes").toString());
        assertEtape("CONFIRMER_EMAIL", serveur.get("/api/v1/moi", jeton));

        assertEquals(202, serveur.postJson("/api/v1/moi/email/code", "", jeton).statusCode());
        String code = secret(CourrielsCompte.CODE, "271828");
        HttpResponse<String> illisible = serveur.postJson("/api/v1/moi/email/confirmation", "{\"code\":\"12ab\"}",
                jeton);
        assertEquals(400, illisible.statusCode());
        assertEquals("email.code.invalide", json(illisible).get("errors").get(0).get("code").asText());
        HttpResponse<String> confirmation = serveur.postJson("/api/v1/moi/email/confirmation",
                "{\"code\":\"" + code + "\"}", jeton);
        assertEquals("[\"ACCEPTER_CGU\"]", json(confirmation).get("etapes").toString());
        assertEtape("ACCEPTER_CGU", serveur.get("/api/v1/moi", jeton));

        JsonNode cgu = json(serveur.get("/api/v1/cgu"));
        assertEquals("2026-01", cgu.get("version").asText());
        HttpResponse<String> perimee = serveur.postJson("/api/v1/moi/cgu/acceptation", "{\"version\":\"2025-01\"}",
                jeton);
        assertEquals(409, perimee.statusCode());
        assertEquals("cgu.version_perimee", json(perimee).get("code").asText());
        HttpResponse<String> acceptation = serveur.postJson("/api/v1/moi/cgu/acceptation",
                "{\"version\":\"" + cgu.get("version").asText() + "\"}", jeton);
        assertEquals("[]", json(acceptation).get("etapes").toString());
        assertEquals(200, serveur.get("/api/v1/moi", jeton).statusCode());
    }

    @Test
    void the_current_password_is_refused_on_a_session_waiting_for_its_own_password() {
        String provisoire = compteAvecMotDePasseProvisoire();
        String[] jeton = bearer(json(connecterApi(serveur, NUMERO, provisoire)).get("jeton").asText());

        HttpResponse<String> reponse = serveur.putJson("/api/v1/moi/mot-de-passe",
                "{\"motDePasseActuel\":\"" + provisoire + "\",\"nouveauMotDePasse\":\"court\"}", jeton);

        assertEquals(400, reponse.statusCode());
        assertEquals("nouveauMotDePasse", json(reponse).get("errors").get(0).get("champ").asText());
        assertEquals("motDePasse.trop_court", json(reponse).get("errors").get(0).get("code").asText());
    }

    @Test
    void the_step_pages_are_reachable_only_in_their_turn() {
        String provisoire = compteAvecMotDePasseProvisoire();
        connecter(serveur, NUMERO, provisoire);

        HttpResponse<String> codeTropTot = poster("/premiere-connexion/email/code", Map.of());

        assertRedirige("/premiere-connexion/mot-de-passe", codeTropTot);
        assertTrue(espace.notifications.deType(TypeNotification.CODE_CONFIRMATION_EMAIL).isEmpty());
        assertEquals(200, serveur.get("/premiere-connexion/mot-de-passe").statusCode());
    }

    private void demanderEtFaireValider(Langue langue) {
        HttpResponse<String> demande = serveur.postJson("/api/v1/inscriptions", "{\"profil\":\"ENTREPRISE\","
                + "\"raisonSociale\":\"Expat Conseil SAS\",\"siret\":\""
                + espace.entreprises.trouverParNumeroAdherent(new NumeroAdherent(NUMERO)).orElseThrow().siret().valeur()
                + "\",\"email\":\"camille.durand@example.fr\",\"numeroAdherent\":\"" + NUMERO
                + "\",\"nom\":\"Durand\",\"prenom\":\"Camille\",\"dateNaissance\":\"1984-06-15\"}", langue(langue));
        assertEquals(202, demande.statusCode(), demande.body());
        String[] gestionnaire = bearer(Navigation.jeton(serveur, "90000001", EspaceComptes.MOT_DE_PASSE));
        JsonNode inscriptions = json(serveur.get("/api/v1/gestion/inscriptions", gestionnaire));
        assertEquals(1, inscriptions.get("items").size(), inscriptions.toString());
        JsonNode inscription = inscriptions.get("items").get(0);
        assertEquals("[]", inscription.get("controles").get("echecs").toString());
        HttpResponse<String> validation = serveur.postJson("/api/v1/gestion/inscriptions/"
                + inscription.get("id").asText() + "/validation", "", gestionnaire);
        assertEquals(200, validation.statusCode(), validation.body());
    }

    /** An account just created, whose temporary password was mailed. */
    private String compteAvecMotDePasseProvisoire() {
        Utilisateur utilisateur = espace.compte(UnUtilisateur.entreprise().numeroAdherent(NUMERO));
        return espace.motDePasseProvisoireEnvoye(utilisateur, PROVISOIRE);
    }

    /**
     * The secret {@code cle} the mail dispatch draws (the generator is told which) for the last mail queued to the
     * account of {@value #NUMERO}.
     */
    private String secret(String cle, String valeur) {
        if (cle.equals(CourrielsCompte.CODE)) {
            espace.generateur.prochainCode(valeur);
        } else {
            espace.generateur.prochainMotDePasseProvisoire(valeur);
        }
        return espace.secretEnvoye(espace.utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(NUMERO))
                .orElseThrow(), cle);
    }

    private HttpResponse<String> poster(String chemin, Map<String, String> champs) {
        return serveur.postFormulaire(chemin, serveur.avecJeton(champs));
    }

    /** The logged-in browser asks the API (with its cookie and CSRF header) who it is. */
    private void assertEtapeApi(String etape, String detail) {
        HttpResponse<String> moi = serveur.get("/api/v1/moi");
        assertEtape(etape, moi);
        if (detail != null) {
            assertEquals(detail, json(moi).get("detail").asText());
        }
    }

    private static void assertEtape(String etape, HttpResponse<String> reponse) {
        assertEquals(403, reponse.statusCode(), reponse.body());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        JsonNode probleme = json(reponse);
        assertEquals("acces.etape_obligatoire", probleme.get("code").asText());
        assertEquals(etape, probleme.get("etape").asText());
    }
}
