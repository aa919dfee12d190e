package fr.espaceentreprise.adapters.web.donnees;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.application.donnees.EspaceDonnees;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The back office's accounts, the suspended login, "Mes données", its export, consent and requests, over HTTP. */
class DonneesTest {

    private final EspaceDemandes demandes = new EspaceDemandes();
    private final EspaceDonnees espace = new EspaceDonnees(demandes);
    private final EspaceComptes comptes = espace.comptes;
    private final Entreprise durand = demandes.consultation.entreprise("Durand SA");
    private final Acteur camille;
    private final Acteur gestionnaire = demandes.gestionnaire();
    private final String numero = durand.numeroAdherent().valeur();
    private ServeurDeTest serveur;

    DonneesTest() {
        demandes.consultation.contrat(durand);
        camille = demandes.utilisateurEntreprise(durand);
    }

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private HttpResponse<String> connecter(String numeroAdherent, String motDePasse, String... entetes) {
        return Navigation.connecter(serveur, numeroAdherent, motDePasse, entetes);
    }

    private void connecterGestionnaire() {
        assertEquals(303, connecter("90000001", EspaceComptes.MOT_DE_PASSE).statusCode());
    }

    private void connecterCamille() {
        assertEquals(303, connecter(numero, EspaceComptes.MOT_DE_PASSE).statusCode());
    }

    private Utilisateur compte(UtilisateurId id) {
        return comptes.utilisateurs.trouver(id).orElseThrow();
    }

    private HttpResponse<String> poster(String chemin, Map<String, String> champs, String... entetes) {
        return serveur.postFormulaire(chemin, serveur.avecJeton(champs), entetes);
    }

    private String jetonGestionnaire() {
        return Navigation.jeton(serveur, "90000001", EspaceComptes.MOT_DE_PASSE);
    }

    // --- a suspended user at the login

    @Test
    void a_suspended_user_is_told_to_call_the_centre_relations_clients_in_french_and_english_after_his_password() {
        espace.deciderCompte().suspendre(new DeciderCompte.Fermeture(gestionnaire, camille.utilisateurId(),
                MotifCompte.UTILISATION_NON_CONFORME, null, EspaceComptes.IP));

        HttpResponse<String> mauvais = connecter(numero, "mauvais-mot-de-passe");
        HttpResponse<String> francais = connecter(numero, EspaceComptes.MOT_DE_PASSE, "Accept-Language", "fr");
        serveur.oublierLesCookies();
        HttpResponse<String> anglais = connecter(numero, EspaceComptes.MOT_DE_PASSE, "Accept-Language", "en");
        HttpResponse<String> api = Navigation.connecterApi(serveur, numero, EspaceComptes.MOT_DE_PASSE);

        assertEquals(401, mauvais.statusCode());
        assertFalse(mauvais.body().contains("suspendu"), "a wrong password learns nothing");
        assertEquals(403, francais.statusCode());
        assertTrue(francais.body().contains("Votre accès à l’Espace Entreprise est suspendu"), francais.body());
        assertTrue(francais.body().contains("Centre relations clients"), francais.body());
        assertEquals(403, anglais.statusCode());
        assertTrue(anglais.body().contains("Your access to the Espace Entreprise is suspended"), anglais.body());
        assertEquals(403, api.statusCode());
        assertEquals("compte.suspendu", json(api).get("code").asText());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    // --- the back office's pages

    @Test
    void the_back_office_finds_suspends_reactivates_and_after_confirmation_deletes_an_account() {
        connecterGestionnaire();

        HttpResponse<String> recherche = serveur.get("/gestion/utilisateurs?numeroAdherent=" + numero + "&lang=fr");
        HttpResponse<String> sansMotif = poster("/gestion/utilisateurs/" + camille.utilisateurId() + "/suspension",
                Map.of("numeroAdherent", numero, "motif", ""));
        StatutCompte avant = compte(camille.utilisateurId()).statut();
        HttpResponse<String> suspension = poster("/gestion/utilisateurs/" + camille.utilisateurId() + "/suspension",
                Map.of("numeroAdherent", numero, "motif", "FRAUDE", "precision", "Identifiants partagés"));
        StatutCompte suspendu = compte(camille.utilisateurId()).statut();
        HttpResponse<String> deuxFois = poster("/gestion/utilisateurs/" + camille.utilisateurId() + "/suspension",
                Map.of("numeroAdherent", numero, "motif", "FRAUDE"));
        HttpResponse<String> reactivation = poster("/gestion/utilisateurs/" + camille.utilisateurId()
                + "/reactivation", Map.of("numeroAdherent", numero));
        StatutCompte reactive = compte(camille.utilisateurId()).statut();
        HttpResponse<String> confirmation = poster("/gestion/utilisateurs/" + camille.utilisateurId()
                + "/suppression", Map.of("numeroAdherent", numero, "motif", "FIN_RELATIONS_CONTRACTUELLES"));
        StatutCompte pasEncore = compte(camille.utilisateurId()).statut();
        HttpResponse<String> suppression = poster("/gestion/utilisateurs/" + camille.utilisateurId()
                + "/suppression", Map.of("numeroAdherent", numero, "motif", "FIN_RELATIONS_CONTRACTUELLES",
                "confirmation", "oui"));

        assertEquals(200, recherche.statusCode());
        assertTrue(recherche.body().contains("<h1>Comptes utilisateurs</h1>"), recherche.body());
        assertTrue(recherche.body().contains("Durand SA"), recherche.body());
        assertTrue(recherche.body().contains("action=\"/gestion/utilisateurs/" + camille.utilisateurId()
                + "/suspension\""), recherche.body());
        assertEquals(400, sansMotif.statusCode());
        assertTrue(sansMotif.body().contains("<select id=\"champ-motif\" name=\"motif\""), sansMotif.body());
        assertTrue(sansMotif.body().contains("href=\"#champ-motif\""), sansMotif.body());
        assertEquals(StatutCompte.ACTIF, avant);
        assertEquals(303, suspension.statusCode());
        assertEquals(StatutCompte.SUSPENDU, suspendu);
        assertEquals(409, deuxFois.statusCode());
        assertTrue(deuxFois.body().contains("Ce compte est déjà suspendu."), deuxFois.body());
        assertEquals(303, reactivation.statusCode());
        assertEquals(StatutCompte.ACTIF, reactive);
        assertEquals(200, confirmation.statusCode());
        assertTrue(confirmation.body().contains("Supprimer définitivement"), confirmation.body());
        assertTrue(confirmation.body().contains("Fin des relations contractuelles"), confirmation.body());
        assertEquals(StatutCompte.ACTIF, pasEncore, "nothing is deleted before the confirmation");
        assertEquals(303, suppression.statusCode());
        assertEquals(StatutCompte.SUPPRIME, compte(camille.utilisateurId()).statut());
        assertEquals(1, comptes.journal.deType(TypeEvenementAudit.COMPTE_SUPPRIME).size());
        String apres = serveur.get("/gestion/utilisateurs?numeroAdherent=" + numero + "&fait=supprime").body();
        assertTrue(apres.contains("Le compte est supprimé"), apres);
        assertTrue(apres.contains("Fraude ou usurpation des identifiants — Identifiants partagés"), apres);
    }

    @Test
    void the_back_office_page_speaks_english_and_says_a_gestionnaire_cannot_act_on_himself() {
        connecterGestionnaire();

        String page = serveur.get("/gestion/utilisateurs?numeroAdherent=90000001&lang=en").body();

        assertTrue(page.contains("<h1>User accounts</h1>"), page);
        assertTrue(page.contains("This is your own account"), page);
        assertFalse(page.contains("/suspension\""), page);
        assertFalse(page.contains("???"), page);
    }

    // --- the back office's API

    @Test
    void the_api_suspends_refuses_a_second_suspension_reactivates_and_deletes_with_a_motif_in_the_query() {
        String jeton = jetonGestionnaire();
        String compte = "/api/v1/gestion/utilisateurs/" + camille.utilisateurId();

        JsonNode liste = json(serveur.get("/api/v1/gestion/utilisateurs?numeroAdherent=" + numero, bearer(jeton)));
        HttpResponse<String> suspension = serveur.postJson(compte + "/suspension", "{\"motif\":\"FRAUDE\"}",
                bearer(jeton));
        HttpResponse<String> deuxFois = serveur.postJson(compte + "/suspension", "{\"motif\":\"FRAUDE\"}",
                bearer(jeton));
        HttpResponse<String> reactivation = serveur.postJson(compte + "/reactivation", "", bearer(jeton));
        HttpResponse<String> sansMotif = serveur.delete(compte, bearer(jeton));
        HttpResponse<String> suppression = serveur.delete(compte + "?motif=DEMANDE_UTILISATEUR&precision=Par%20courriel",
                bearer(jeton));
        HttpResponse<String> apres = serveur.postJson(compte + "/reactivation", "", bearer(jeton));
        HttpResponse<String> soiMeme = serveur.postJson("/api/v1/gestion/utilisateurs/"
                + gestionnaire.utilisateurId() + "/suspension", "{\"motif\":\"FRAUDE\"}", bearer(jeton));

        assertEquals(camille.utilisateurId().toString(), liste.get("items").get(0).get("id").asText());
        assertEquals("ACTIF", liste.get("items").get(0).get("statut").asText());
        assertEquals(204, suspension.statusCode());
        assertEquals(409, deuxFois.statusCode());
        assertEquals("compte.deja_suspendu", json(deuxFois).get("code").asText());
        assertEquals(204, reactivation.statusCode());
        assertEquals(400, sansMotif.statusCode());
        assertEquals(204, suppression.statusCode(), suppression.body());
        assertEquals(409, apres.statusCode());
        assertEquals("utilisateur.supprime", json(apres).get("code").asText());
        assertEquals(409, soiMeme.statusCode());
        assertEquals("compte.soi_meme", json(soiMeme).get("code").asText());
        assertEquals(StatutCompte.SUPPRIME, compte(camille.utilisateurId()).statut());
        assertEquals(java.util.List.of(java.util.Optional.of("Par courriel")),
                espace.decisions.lister(camille.utilisateurId()).stream()
                        .filter(decision -> decision.type() == TypeDecisionCompte.SUPPRESSION)
                        .map(decision -> decision.precision()).toList());
    }

    @Test
    void the_api_deletes_with_a_motif_in_the_body_and_is_not_found_for_other_profiles() {
        String jeton = jetonGestionnaire();
        String jetonCamille = Navigation.jeton(serveur, numero, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> refus = serveur.get("/api/v1/gestion/utilisateurs?numeroAdherent=" + numero,
                bearer(jetonCamille));
        HttpResponse<String> suppression = serveur.envoyer(serveur.requete("/api/v1/gestion/utilisateurs/"
                + camille.utilisateurId(), bearer(jeton, "Content-Type", "application/json"))
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"motif\":\"FRAUDE\"}")));

        assertEquals(404, refus.statusCode());
        assertEquals(204, suppression.statusCode(), suppression.body());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(jetonCamille)).statusCode(),
                "the deleted user's session ended");
    }

    // --- Mes données

    @Test
    void the_personal_data_page_shows_what_is_held_in_french_and_english_and_is_linked_from_the_navigation() {
        connecterCamille();

        HttpResponse<String> francais = serveur.get("/moi/donnees?lang=fr");
        HttpResponse<String> anglais = serveur.get("/moi/donnees?lang=en");
        String accueil = serveur.get("/accueil?lang=fr").body();

        assertEquals(200, francais.statusCode());
        assertTrue(francais.body().contains("<h1>Mes données personnelles</h1>"), francais.body());
        assertTrue(francais.body().contains(numero), francais.body());
        assertTrue(francais.body().contains("Vous refusez que vos données servent à la prospection commerciale."));
        assertTrue(anglais.body().contains("<h1>My personal data</h1>"), anglais.body());
        assertFalse(anglais.body().contains("???"), anglais.body());
        assertFalse(francais.body().contains("???"), francais.body());
        assertTrue(accueil.contains("href=\"/moi/donnees\""), accueil);
    }

    @Test
    void the_download_holds_the_account_cgu_sessions_journal_and_no_secret_and_is_audited() {
        connecterCamille();

        HttpResponse<String> reponse = serveur.get("/moi/donnees.json");
        JsonNode donnees = json(reponse);

        assertEquals(200, reponse.statusCode());
        assertTrue(reponse.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(numero, donnees.get("compte").get("numeroAdherent").asText());
        assertEquals("Durand SA", donnees.get("rattachement").get("raisonSociale").asText());
        assertEquals(1, donnees.get("acceptationsCgu").size());
        assertFalse(donnees.get("consentementProspection").get("accepte").asBoolean());
        assertEquals(1, donnees.get("sessions").size());
        assertFalse(donnees.get("sessions").get(0).has("empreinteJeton"));
        assertTrue(donnees.get("journal").size() >= 1);
        assertFalse(reponse.body().contains(EspaceComptes.MOT_DE_PASSE), "no password nor its hash");
        assertFalse(reponse.body().toLowerCase().contains("empreinte"), reponse.body());
        assertEquals(1, comptes.journal.deType(TypeEvenementAudit.DONNEES_PERSONNELLES_EXPORTEES).size());
    }

    @Test
    void the_api_answers_the_same_data_and_changes_the_consent() {
        String jeton = Navigation.jeton(serveur, numero, EspaceComptes.MOT_DE_PASSE);

        JsonNode donnees = json(serveur.get("/api/v1/moi/donnees", bearer(jeton)));
        HttpResponse<String> accepte = serveur.putJson("/api/v1/moi/consentement-prospection",
                "{\"accepte\":true}", bearer(jeton));
        HttpResponse<String> vide = serveur.putJson("/api/v1/moi/consentement-prospection", "{}", bearer(jeton));

        assertEquals(camille.utilisateurId().toString(), donnees.get("compte").get("id").asText());
        assertEquals(200, accepte.statusCode());
        assertTrue(json(accepte).get("accepte").asBoolean());
        assertTrue(json(accepte).has("modifieLe"));
        assertEquals(400, vide.statusCode());
        assertTrue(espace.consentements.trouverParUtilisateur(camille.utilisateurId()).orElseThrow().accepte());
    }

    @Test
    void the_consent_is_changed_on_the_page_and_audited() {
        connecterCamille();

        HttpResponse<String> reponse = poster("/moi/donnees/consentement", Map.of("accepte", "oui"));
        String page = serveur.get("/moi/donnees?fait=consentement&lang=fr").body();

        assertEquals(303, reponse.statusCode());
        assertTrue(page.contains("Vous acceptez que vos données servent à la prospection commerciale."), page);
        assertTrue(page.contains("Votre choix est enregistré."), page);
        assertEquals(1, comptes.journal.deType(TypeEvenementAudit.CONSENTEMENT_PROSPECTION_MODIFIE).size());
    }

    @Test
    void a_rectification_request_becomes_a_demande_listed_under_demandes() {
        connecterCamille();

        HttpResponse<String> vide = poster("/moi/donnees/rectification", Map.of("message", " "));
        HttpResponse<String> reponse = poster("/moi/donnees/rectification",
                Map.of("message", "Mon prénom s’écrit Camille, pas Camile."));
        String liste = serveur.get("/demandes?lang=fr").body();

        assertEquals(400, vide.statusCode());
        assertTrue(vide.body().contains("champ-message-erreur"), vide.body());
        assertEquals(303, reponse.statusCode());
        assertTrue(Navigation.location(reponse).startsWith("/demandes/"));
        assertTrue(liste.contains("Rectification de données personnelles"), liste);
        assertEquals(404, serveur.get("/demandes/nouvelle?type=RECTIFICATION_DONNEES").statusCode(),
                "asked on Mes données, not among the other demandes");
        String fiche = serveur.get(Navigation.location(reponse) + "?lang=fr").body();
        assertTrue(fiche.contains("Mon prénom s’écrit Camille, pas Camile."), fiche);
    }

    @Test
    void a_request_to_delete_ones_access_validated_by_the_back_office_deletes_the_account() {
        connecterCamille();
        HttpResponse<String> demande = poster("/moi/donnees/acces", Map.of("action", "SUPPRESSION",
                "message", "Je quitte l’entreprise."));
        String id = Navigation.location(demande).substring("/demandes/".length());
        serveur.oublierLesCookies();
        connecterGestionnaire();

        HttpResponse<String> decision = poster("/gestion/demandes/" + id + "/decision",
                Map.of("statut", "VALIDEE", "message", ""));

        assertEquals(303, demande.statusCode());
        assertEquals(303, decision.statusCode(), decision.body());
        assertEquals(StatutCompte.SUPPRIME, compte(camille.utilisateurId()).statut());
        String fiche = serveur.get("/gestion/demandes/" + id + "?lang=fr").body();
        assertTrue(fiche.contains("Compte supprimé"), fiche);
    }
}
