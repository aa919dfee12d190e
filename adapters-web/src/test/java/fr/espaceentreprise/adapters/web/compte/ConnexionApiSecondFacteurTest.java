package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API login of an account with a second factor: the code comes with the password, in the same request. */
class ConnexionApiSecondFacteurTest {

    private static final String NUMERO = "10000001";
    private static final String CODE_DE_SECOURS = SecondFacteurDeTest.CODE_DE_SECOURS;

    private EspaceComptes espace;
    private Utilisateur compte;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        compte = espace.compteActif();
        SecondFacteurDeTest.enroler(espace, compte);
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private HttpResponse<String> connecter(String motDePasse, String code, String... entetes) {
        return serveur.postJson("/api/v1/sessions", "{\"numeroAdherent\":\"" + NUMERO + "\",\"motDePasse\":\""
                + motDePasse + "\"" + (code == null ? "" : ",\"codeSecondFacteur\":\"" + code + "\"") + "}",
                entetes);
    }

    private String codeDeLApplication() {
        return EspaceComptes.codeTotp(espace.horloge.instant());
    }

    private static void assertNonAuthentifie(String code, HttpResponse<String> reponse) {
        assertEquals(401, reponse.statusCode(), reponse.body());
        assertEquals("Bearer", reponse.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(code, json(reponse).get("code").asText());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_right_password_without_a_code_is_told_that_the_code_is_required(Langue langue) {
        HttpResponse<String> reponse = connecter(EspaceComptes.MOT_DE_PASSE, null, langue(langue));

        assertNonAuthentifie("connexion.second_facteur_requis", reponse);
        assertTrue(json(reponse).get("detail").asText().startsWith(langue == Langue.FR
                ? "Votre compte est protégé par la vérification en deux étapes"
                : "Your account is protected by two-step verification"), reponse.body());
    }

    @Test
    void a_wrong_code_is_refused_and_a_wrong_password_keeps_its_answer_whatever_the_code() {
        assertNonAuthentifie("connexion.second_facteur_invalide", connecter(EspaceComptes.MOT_DE_PASSE,
                EspaceComptes.codeErrone(espace.horloge.instant())));
        assertNonAuthentifie("connexion.refusee", connecter("Pas-le-bon-mot-de-passe", codeDeLApplication()));
        assertNonAuthentifie("connexion.refusee", connecter("Pas-le-bon-mot-de-passe", null));
    }

    @Test
    void the_right_code_opens_a_session_once_and_the_session_knows_the_client() {
        String code = codeDeLApplication();

        HttpResponse<String> reponse = connecter(EspaceComptes.MOT_DE_PASSE, code, "User-Agent", "curl/8.5.0");

        assertEquals(201, reponse.statusCode(), reponse.body());
        JsonNode session = json(reponse);
        assertEquals(0, session.get("etapes").size());
        assertEquals(200, serveur.get("/api/v1/moi", Navigation.bearer(session.get("jeton").asText())).statusCode());
        assertEquals(FamilleNavigateur.CLIENT_API, espace.sessions.vivantesDe(compte.id(), espace.horloge.instant())
                .get(0).navigateur());
        assertNonAuthentifie("connexion.second_facteur_invalide", connecter(EspaceComptes.MOT_DE_PASSE, code));
    }

    @Test
    void a_recovery_code_opens_a_session_once() {
        assertEquals(201, connecter(EspaceComptes.MOT_DE_PASSE, CODE_DE_SECOURS.toLowerCase()).statusCode());

        assertNonAuthentifie("connexion.second_facteur_invalide", connecter(EspaceComptes.MOT_DE_PASSE,
                CODE_DE_SECOURS));
        assertEquals(0, espace.secondsFacteurs.trouver(compte.id()).orElseThrow().codesDeSecoursDisponibles());
    }

    @Test
    void after_five_wrong_codes_the_account_waits() {
        for (int i = 0; i < 5; i++) {
            connecter(EspaceComptes.MOT_DE_PASSE, EspaceComptes.codeErrone(espace.horloge.instant()));
        }

        HttpResponse<String> reponse = connecter(EspaceComptes.MOT_DE_PASSE, codeDeLApplication());

        assertEquals(429, reponse.statusCode());
        assertEquals("connexion.temporisee", json(reponse).get("code").asText());
        assertEquals("60", reponse.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void an_account_without_a_factor_logs_in_with_its_password_alone_and_a_code_sent_changes_nothing() {
        Utilisateur sansFacteur = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000002"));

        HttpResponse<String> reponse = serveur.postJson("/api/v1/sessions", "{\"numeroAdherent\":\""
                + sansFacteur.numeroAdherent().valeur() + "\",\"motDePasse\":\"" + EspaceComptes.MOT_DE_PASSE
                + "\",\"codeSecondFacteur\":\"123456\"}");

        assertEquals(201, reponse.statusCode(), reponse.body());
    }
}
