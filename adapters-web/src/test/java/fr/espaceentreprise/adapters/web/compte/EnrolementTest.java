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
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enrolling the second factor, the first-login step of a portal that requires one of everyone, in the browser and in
 * the API; proving it again and re-enrolling.
 */
class EnrolementTest {

    private static final String NUMERO = "10000001";
    private static final String ETAPE = "/premiere-connexion/second-facteur";
    private static final String API = "/api/v1/moi/second-facteur";
    private static final String CLE = "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP";
    private static final Pattern LIEN_DU_FICHIER = Pattern.compile("href=\"data:text/plain;charset=utf-8,([^\"]*)\"");

    private EspaceComptes espace;
    private Utilisateur compte;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        compte = espace.compteActif();
        espace.ports().espace(PortsEnMemoire.reglages(PolitiqueSecondFacteur.OBLIGATOIRE));
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private HttpResponse<String> confirmer(String code, String... entetes) {
        return serveur.postFormulaire(ETAPE, serveur.avecJeton(Map.of("codeSecondFacteur", code,
                "secret", CLE.replace(" ", ""), "uri", "otpauth://totp/Espace%20Entreprise:" + NUMERO)), entetes);
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_step_shows_the_qr_code_inline_with_a_text_alternative_and_the_key_grouped_by_four(Langue langue) {
        assertRedirige(ETAPE, connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE));

        HttpResponse<String> page = serveur.get(ETAPE + "?lang=" + langue.code());

        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        boolean fr = langue == Langue.FR;
        assertTrue(html.contains("<li>" + (fr ? "Activer la vérification en deux étapes"
                : "Turn on two-step verification") + "</li>"), "the step in the steps' list: " + html);
        assertTrue(html.contains("<svg class=\"code-qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "),
                html);
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"code-qr-titre\""), html);
        assertTrue(html.contains("<title id=\"code-qr-titre\">" + (fr ? "Code QR à scanner"
                : "QR code to scan")), html);
        assertTrue(html.contains("<path fill=\"#000\" d=\"M4 4h7v1h-7z"), "the finder pattern's first row: " + html);
        assertTrue(html.contains("<p class=\"cle-secrete\"><code>" + CLE + "</code></p>"), html);
        assertTrue(html.contains("<label for=\"champ-codeSecondFacteur\">"), html);
        assertTrue(html.contains("autocomplete=\"one-time-code\" inputmode=\"numeric\""), html);
        assertFalse(html.contains("<script"), "no script");
        assertRedirige(ETAPE, serveur.get("/accueil"));
    }

    @Test
    void a_wrong_code_shows_the_same_key_again_with_the_error_beside_the_field() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        serveur.get(ETAPE);

        HttpResponse<String> reponse = confirmer(EspaceComptes.codeErrone(espace.horloge.instant()));

        assertEquals(409, reponse.statusCode());
        String html = reponse.body();
        assertTrue(html.contains("<code>" + CLE + "</code>"), html);
        assertTrue(html.contains("aria-describedby=\"champ-codeSecondFacteur-aide champ-codeSecondFacteur-erreur\""),
                html);
        assertTrue(html.contains("Ce code est incorrect. Saisissez le code affiché en ce moment"), html);
        assertTrue(espace.secondsFacteurs.trouver(compte.id()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_first_code_activates_the_factor_and_shows_ten_recovery_codes_once_to_print_or_download(Langue langue) {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        serveur.get(ETAPE + "?lang=" + langue.code());

        HttpResponse<String> reponse = confirmer(EspaceComptes.codeTotp(espace.horloge.instant()));

        assertEquals(200, reponse.statusCode(), reponse.body());
        String html = reponse.body();
        IntStream.rangeClosed(1, 10).forEach(i -> assertTrue(html.contains(
                "<li><code>SECO-URSA-AAAA-" + String.format("%04d", i) + "</code></li>"), html));
        assertTrue(html.contains("download=\"" + (langue == Langue.FR ? "codes-de-secours-espace-entreprise.txt"
                : "espace-entreprise-recovery-codes.txt") + "\""), html);
        Matcher lien = LIEN_DU_FICHIER.matcher(html);
        assertTrue(lien.find(), html);
        String fichier = URLDecoder.decode(lien.group(1), StandardCharsets.UTF_8);
        assertTrue(fichier.contains("\r\nSECO-URSA-AAAA-0001\r\nSECO-URSA-AAAA-0002\r\n"), fichier);
        assertTrue(fichier.startsWith("Espace Entreprise — "), fichier);
        assertTrue(html.contains("<a class=\"bouton\" href=\"/accueil\">"), html);
        assertEquals(10, espace.secondsFacteurs.trouver(compte.id()).orElseThrow().codesDeSecoursDisponibles());
        assertEquals(1, espace.notifications.deType(TypeNotification.SECURITE_SECOND_FACTEUR_ACTIVE).size());
        assertEquals(200, serveur.get("/accueil").statusCode());
        assertFalse(serveur.get(ETAPE).body().contains("SECO-URSA-AAAA-0001"), "the codes are never shown again");
    }

    @Test
    void with_the_cgu_still_to_accept_the_codes_page_continues_to_that_step() {
        espace.cgu.publier(new VersionCgu("2026-03", EspaceComptes.T0.minusSeconds(60)));
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        assertTrue(serveur.get(ETAPE).body().contains("<li>Accepter les conditions générales d’utilisation</li>"));

        HttpResponse<String> reponse = confirmer(EspaceComptes.codeTotp(espace.horloge.instant()));

        assertTrue(reponse.body().contains("<a class=\"bouton\" href=\"/premiere-connexion/cgu\">"), reponse.body());
        assertRedirige("/premiere-connexion/cgu?retour=%2Faccueil", serveur.get("/accueil"));
    }

    @Test
    void an_empty_code_is_refused_and_an_enrolment_past_thirty_minutes_shows_a_new_key_with_the_reason() {
        connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        serveur.get(ETAPE);
        assertEquals(400, confirmer(" ").statusCode());
        espace.horloge.avancer(Duration.ofMinutes(20));
        serveur.get("/accueil");
        espace.horloge.avancer(Duration.ofMinutes(11));

        HttpResponse<String> expire = confirmer(EspaceComptes.codeTotp(espace.horloge.instant()));

        assertEquals(409, expire.statusCode(), expire.body());
        assertTrue(expire.body().contains("L’activation n’a pas été terminée dans les 30 minutes"),
                expire.body());
        assertTrue(expire.body().contains("<code>" + CLE + "</code>"), "a new enrolment, the fake's secret again");
        assertEquals(200, confirmer(EspaceComptes.codeTotp(espace.horloge.instant())).statusCode());
    }

    // --- the API

    private HttpResponse<String> envoyer(String chemin, String code, String jeton) {
        return serveur.postJson(chemin, "{\"code\":\"" + code + "\"}", bearer(jeton));
    }

    private String code() {
        return EspaceComptes.codeTotp(espace.horloge.instant());
    }

    @Test
    void a_client_enrols_with_the_secret_and_gets_the_recovery_codes_once_then_reaches_the_rest() {
        HttpResponse<String> connexion = Navigation.connecterApi(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        assertEquals("ENROLER_SECOND_FACTEUR", json(connexion).get("etapes").get(0).asText());
        String jeton = json(connexion).get("jeton").asText();
        HttpResponse<String> avant = serveur.get("/api/v1/accueil", bearer(jeton));
        assertEquals(403, avant.statusCode());
        assertEquals("ENROLER_SECOND_FACTEUR", json(avant).get("etape").asText());

        HttpResponse<String> enrolement = serveur.postJson(API, "", bearer(jeton));

        assertEquals(200, enrolement.statusCode(), enrolement.body());
        assertEquals("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", json(enrolement).get("secret").asText());
        assertTrue(json(enrolement).get("uri").asText().startsWith("otpauth://totp/Espace%20Entreprise:" + NUMERO
                + "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), enrolement.body());

        HttpResponse<String> faux = envoyer(API + "/confirmation", EspaceComptes.codeErrone(
                espace.horloge.instant()), jeton);
        assertEquals(409, faux.statusCode());
        assertEquals("secondFacteur.code_incorrect", json(faux).get("code").asText());
        assertEquals("code", json(faux).get("errors").get(0).get("champ").asText());

        HttpResponse<String> activation = envoyer(API + "/confirmation", code(), jeton);

        assertEquals(200, activation.statusCode(), activation.body());
        JsonNode corps = json(activation);
        assertEquals(10, corps.get("codesDeSecours").size());
        assertTrue(corps.get("codesDeSecours").get(0).asText().matches("SECO-URSA-AAAA-\\d{4}"), corps.toString());
        assertEquals(0, corps.get("etapes").size());
        assertEquals(200, serveur.get("/api/v1/accueil", bearer(jeton)).statusCode());
        HttpResponse<String> encore = envoyer(API + "/confirmation", code(), jeton);
        assertEquals("secondFacteur.aucun_enrolement", json(encore).get("code").asText());
    }

    @Test
    void replacing_an_active_factor_needs_it_proved_in_the_last_ten_minutes() {
        espace.enrolerSecondFacteur(compte);
        String jeton = Navigation.jeton(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        assertEquals(200, serveur.postJson(API, "", bearer(jeton)).statusCode(), "the login proved it");
        espace.horloge.avancer(Duration.ofMinutes(11));

        HttpResponse<String> refus = serveur.postJson(API + "?lang=en", "", bearer(jeton));

        assertEquals(403, refus.statusCode());
        assertEquals("application/problem+json", refus.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("acces.reauthentification_requise", json(refus).get("code").asText());
        assertTrue(json(refus).get("detail").asText().startsWith("For this, first confirm who you are"));
        HttpResponse<String> faux = envoyer(API + "/verification", EspaceComptes.codeErrone(
                espace.horloge.instant()), jeton);
        assertEquals(409, faux.statusCode());
        assertEquals("code", json(faux).get("errors").get(0).get("champ").asText());
        assertEquals(204, envoyer(API + "/verification", Navigation.codeSecondFacteur(serveur, NUMERO)
                .orElseThrow(), jeton).statusCode());
        assertEquals(200, serveur.postJson(API, "", bearer(jeton)).statusCode());
    }

    @Test
    void the_page_of_the_step_answers_a_translated_refusal_when_the_factor_was_not_proved_lately() {
        espace.enrolerSecondFacteur(compte);
        Navigation.connecter(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        espace.horloge.avancer(Duration.ofMinutes(11));

        HttpResponse<String> page = serveur.get("/premiere-connexion/second-facteur", langue(Langue.FR));

        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Pour cette opération, confirmez d’abord votre identité"), page.body());
    }
}
