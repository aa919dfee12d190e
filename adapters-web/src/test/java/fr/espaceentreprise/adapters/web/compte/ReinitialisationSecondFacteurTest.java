package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The back office resets the second factor of a user who lost his phone and his recovery codes. */
class ReinitialisationSecondFacteurTest {

    private static final String NUMERO = "10000001";
    private static final String GESTIONNAIRE = "90000001";

    private EspaceComptes espace;
    private Utilisateur compte;
    private Utilisateur gestionnaire;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        compte = espace.compteActif();
        espace.enrolerSecondFacteur(compte);
        gestionnaire = espace.gestionnaire();
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private String action(Utilisateur cible) {
        return "/gestion/utilisateurs/" + cible.id() + "/second-facteur/reinitialisation";
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_account_page_offers_the_reset_which_a_confirmation_page_explains_first(Langue langue) {
        assertRedirige("/accueil", connecter(serveur, GESTIONNAIRE, EspaceComptes.MOT_DE_PASSE));

        HttpResponse<String> fiche = serveur.get("/gestion/utilisateurs?numeroAdherent=" + NUMERO + "&lang="
                + langue.code());
        HttpResponse<String> confirmation = serveur.postFormulaire(action(compte), serveur.avecJeton(Map.of(
                "numeroAdherent", NUMERO)));

        boolean fr = langue == Langue.FR;
        assertTrue(fiche.body().contains("<form class=\"formulaire\" method=\"post\" action=\"" + action(compte)
                + "\" novalidate>"), fiche.body());
        assertTrue(fiche.body().contains(fr ? "Réinitialiser…" : "Reset…"), fiche.body());
        assertEquals(200, confirmation.statusCode(), confirmation.body());
        assertTrue(confirmation.body().contains(fr
                ? "Vous allez réinitialiser la vérification en deux étapes de Camille Durand (numéro d’adhérent "
                        + NUMERO + ")"
                : "You are about to reset the two-step verification of Camille Durand (member number " + NUMERO
                        + ")"), confirmation.body());
        assertTrue(confirmation.body().contains("<input type=\"hidden\" name=\"confirmation\" value=\"oui\">"));
        assertTrue(espace.secondsFacteurs.trouver(compte.id()).isPresent(), "nothing done before the confirmation");
    }

    @Test
    void once_confirmed_the_factor_is_forgotten_the_users_sessions_end_and_he_is_mailed() {
        String jetonDeLUtilisateur = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        connecter(serveur, GESTIONNAIRE, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = serveur.postFormulaire(action(compte), serveur.avecJeton(Map.of(
                "numeroAdherent", NUMERO, "confirmation", "oui")));

        assertRedirige("/gestion/utilisateurs?numeroAdherent=" + NUMERO + "&fait=second_facteur_reinitialise",
                reponse);
        assertTrue(serveur.get(Navigation.location(reponse), langue(Langue.FR)).body()
                .contains("La vérification en deux étapes est réinitialisée"));
        assertTrue(espace.secondsFacteurs.trouver(compte.id()).isEmpty());
        assertEquals(401, serveur.get("/api/v1/moi", bearer(jetonDeLUtilisateur)).statusCode());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_REINITIALISE).size());
        assertEquals(1, espace.notifications.deType(TypeNotification.SECURITE_SECOND_FACTEUR_REINITIALISE).size());
        serveur.oublierLesCookies();
        assertEquals(201, serveur.postJson("/api/v1/sessions", "{\"numeroAdherent\":\"" + NUMERO
                + "\",\"motDePasse\":\"" + EspaceComptes.MOT_DE_PASSE + "\"}").statusCode(), "no code asked now");
    }

    @Test
    void a_gestionnaire_cannot_reset_his_own_factor() {
        connecter(serveur, GESTIONNAIRE, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = serveur.postFormulaire(action(gestionnaire), serveur.avecJeton(Map.of(
                "numeroAdherent", GESTIONNAIRE, "confirmation", "oui")));

        assertEquals(409, reponse.statusCode());
        assertTrue(espace.secondsFacteurs.trouver(gestionnaire.id()).isPresent());
    }

    @Test
    void the_api_resets_for_a_gestionnaire_and_is_not_found_for_anyone_else() {
        String api = "/api/v1" + action(compte);
        String jetonDeLUtilisateur = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        String jetonDuGestionnaire = Navigation.jeton(serveur, GESTIONNAIRE, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> autre = serveur.postJson(api, "", bearer(jetonDeLUtilisateur));
        HttpResponse<String> soiMeme = serveur.postJson("/api/v1" + action(gestionnaire), "",
                bearer(jetonDuGestionnaire));
        HttpResponse<String> reponse = serveur.postJson(api, "", bearer(jetonDuGestionnaire));

        assertEquals(404, autre.statusCode());
        assertEquals(409, soiMeme.statusCode());
        assertEquals("compte.soi_meme", json(soiMeme).get("code").asText());
        assertEquals(204, reponse.statusCode(), reponse.body());
        assertTrue(espace.secondsFacteurs.trouver(compte.id()).isEmpty());
    }
}
