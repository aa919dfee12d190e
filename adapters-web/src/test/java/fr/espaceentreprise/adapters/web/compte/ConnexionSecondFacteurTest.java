package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.PAGE_DU_CODE;
import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.connecterSansCode;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static fr.espaceentreprise.adapters.web.compte.Navigation.setCookie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.GenerateurFactice;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The login of an account with a second factor, in two pages: the password, then the code of the app. */
class ConnexionSecondFacteurTest {

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

    private String codeDeLApplication() {
        return Totp.code(GenerateurFactice.SECRET_TOTP, Totp.pas(espace.horloge.instant()));
    }

    private HttpResponse<String> envoyerCode(String champ, String code, String... entetes) {
        return serveur.postFormulaire(PAGE_DU_CODE, serveur.avecJeton(Map.of(champ, code)), entetes);
    }

    @Test
    void the_right_password_leads_to_the_code_page_and_keeps_the_waiting_login_in_a_strict_five_minute_cookie() {
        HttpResponse<String> reponse = connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        assertRedirige(PAGE_DU_CODE, reponse);
        String cookie = setCookie(reponse, "connexion-en-attente=");
        assertTrue(cookie.endsWith("; Path=/; Max-Age=300; HttpOnly; SameSite=Strict"), cookie);
        assertTrue(serveur.cookie("session").isEmpty(), "no session before the code");
        assertRedirige("/", serveur.get("/accueil"));
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_code_page_asks_for_the_apps_code_and_offers_a_recovery_code_instead(Langue langue) {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(langue));

        HttpResponse<String> page = serveur.get(PAGE_DU_CODE, langue(langue));

        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        boolean fr = langue == Langue.FR;
        assertTrue(html.contains("<h1>" + (fr ? "Vérification en deux étapes" : "Two-step verification")), html);
        assertTrue(html.contains("<label for=\"champ-codeSecondFacteur\">"
                + (fr ? "Code de votre application" : "Code from your app")), html);
        assertTrue(html.contains("id=\"champ-codeSecondFacteur\" name=\"codeSecondFacteur\" type=\"text\" value=\"\""
                + " required aria-describedby=\"champ-codeSecondFacteur-aide\" autocomplete=\"one-time-code\""
                + " inputmode=\"numeric\">"), html);
        assertTrue(html.contains(fr ? "un code de secours est accepté à la place"
                : "a recovery code is accepted instead"), html);
        assertTrue(html.contains("<label for=\"champ-codeDeSecours\">" + (fr ? "Code de secours" : "Recovery code")),
                html);
        assertTrue(html.contains("name=\"codeDeSecours\" type=\"text\" value=\"\" required"
                + " aria-describedby=\"champ-codeDeSecours-aide\" autocomplete=\"off\">"), html);
        assertTrue(html.contains("<details class=\"secours\">"), "closed while no recovery code was refused");
        assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + serveur.jetonCsrf() + "\">"));
    }

    @Test
    void the_apps_code_opens_the_session_keeps_the_device_a_year_and_forgets_the_waiting_login() {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = envoyerCode("codeSecondFacteur", codeDeLApplication());

        assertRedirige("/accueil", reponse);
        assertTrue(setCookie(reponse, "session=").endsWith("; Path=/; HttpOnly; SameSite=Lax"));
        String appareil = setCookie(reponse, "appareil=");
        assertTrue(appareil.endsWith("; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax"), appareil);
        assertTrue(setCookie(reponse, "connexion-en-attente=").contains("Max-Age=0"));
        HttpResponse<String> accueil = serveur.get("/accueil", langue(Langue.FR));
        assertEquals(200, accueil.statusCode(), accueil.body());
        assertEquals("Connecté : " + NUMERO, ConnexionTest.entete(accueil.body()));
        assertTrue(espace.sessions.vivantesDe(compte.id(), espace.horloge.instant()).get(0).secondFacteurLe()
                .isPresent(), "the session counts as checked");
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_wrong_code_shows_the_page_again_with_the_error_tied_to_its_field_and_counts_as_a_failure(Langue langue) {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(langue));

        HttpResponse<String> reponse = envoyerCode("codeSecondFacteur", EspaceComptes.codeErrone(
                espace.horloge.instant()), langue(langue));

        assertEquals(401, reponse.statusCode());
        String html = reponse.body();
        assertTrue(html.contains("<div class=\"resume-erreurs\" role=\"alert\""), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"champ-codeSecondFacteur-aide"
                + " champ-codeSecondFacteur-erreur\""), html);
        assertTrue(html.contains("<p id=\"champ-codeSecondFacteur-erreur\" class=\"champ__erreur\">"), html);
        assertTrue(html.contains(langue == Langue.FR ? "Ce code est incorrect ou a déjà servi."
                : "This code is wrong or has already been used."), html);
        assertTrue(serveur.cookie("session").isEmpty());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_ECHOUE).size());
        assertRedirige("/accueil", envoyerCode("codeSecondFacteur", codeDeLApplication()));
    }

    @Test
    void a_code_of_the_app_opens_one_session_only() {
        String code = codeDeLApplication();
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        assertRedirige("/accueil", envoyerCode("codeSecondFacteur", code));
        serveur.oublierLesCookies();

        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        HttpResponse<String> rejoue = envoyerCode("codeSecondFacteur", code);

        assertEquals(401, rejoue.statusCode());
        assertTrue(serveur.cookie("session").isEmpty());
    }

    @Test
    void a_recovery_code_opens_a_session_once_and_is_mailed() {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        assertRedirige("/accueil", envoyerCode("codeDeSecours", "abcd efgh jkmn pqrs"));
        assertEquals(1, espace.notifications.deType(TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE).size());
        serveur.oublierLesCookies();

        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(Langue.EN));
        HttpResponse<String> rejoue = envoyerCode("codeDeSecours", CODE_DE_SECOURS, langue(Langue.EN));

        assertEquals(401, rejoue.statusCode());
        assertTrue(rejoue.body().contains("<details class=\"secours\" open>"), "open on its refused code");
        assertTrue(rejoue.body().contains("<p id=\"champ-codeDeSecours-erreur\" class=\"champ__erreur\">"));
        assertTrue(rejoue.body().contains("<a href=\"#champ-codeDeSecours\">Recovery code: This code is wrong"),
                rejoue.body());
    }

    @Test
    void an_empty_form_is_refused_without_counting_a_failure() {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);

        HttpResponse<String> reponse = envoyerCode("codeSecondFacteur", " ");

        assertEquals(400, reponse.statusCode());
        assertTrue(reponse.body().contains("<p id=\"champ-codeSecondFacteur-erreur\""), reponse.body());
        assertTrue(espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_ECHOUE).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_waiting_login_past_five_minutes_sends_back_to_the_login_page_which_says_so(Langue langue) {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE, langue(langue));
        espace.horloge.avancer(Duration.ofMinutes(6));

        HttpResponse<String> reponse = envoyerCode("codeSecondFacteur", codeDeLApplication(), langue(langue));

        assertRedirige("/?attente-expiree", reponse);
        assertTrue(setCookie(reponse, "connexion-en-attente=").contains("Max-Age=0"));
        String html = serveur.get("/?attente-expiree", langue(langue)).body();
        assertTrue(html.contains(langue == Langue.FR ? "Votre connexion n’a pas été terminée dans les 5 minutes"
                : "Your login was not completed within 5 minutes"), html);
    }

    @Test
    void without_a_waiting_login_the_code_page_sends_to_the_login_page() {
        assertRedirige("/?attente-expiree", serveur.get(PAGE_DU_CODE));
        assertRedirige("/?attente-expiree", envoyerCode("codeSecondFacteur", codeDeLApplication()));
        serveur.ajouterCookie("connexion-en-attente", "illisible");
        assertRedirige("/?attente-expiree", serveur.get(PAGE_DU_CODE));
    }

    @Test
    void after_five_wrong_codes_the_account_waits_with_retry_after() {
        connecterSansCode(serveur, NUMERO, EspaceComptes.MOT_DE_PASSE);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, envoyerCode("codeSecondFacteur", EspaceComptes.codeErrone(espace.horloge.instant()))
                    .statusCode());
        }

        HttpResponse<String> reponse = envoyerCode("codeSecondFacteur", codeDeLApplication(), langue(Langue.EN));

        assertEquals(429, reponse.statusCode());
        assertEquals("60", reponse.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(reponse.body().contains("Too many login attempts. Try again in 1 minute."), reponse.body());
        assertTrue(serveur.cookie("session").isEmpty());
    }

    @Test
    void under_https_the_waiting_login_and_the_device_cookies_are_host_prefixed_and_secure() {
        try (ServeurDeTest https = ServeurDeTest.demarrer(espace.ports(), URI.create("https://espace.example.com"),
                ServeurDeTest.AUCUNE_ROUTE)) {
            String csrf = "C".repeat(43);
            HttpResponse<String> motDePasse = https.postFormulaire("/", Map.of("numeroAdherent", NUMERO,
                    "motDePasse", EspaceComptes.MOT_DE_PASSE, "_csrf", csrf), "Cookie", "__Host-csrf=" + csrf);
            String attente = setCookie(motDePasse, "__Host-connexion-en-attente=");
            assertTrue(attente.endsWith("; Path=/; Max-Age=300; Secure; HttpOnly; SameSite=Strict"), attente);

            HttpResponse<String> code = https.postFormulaire(PAGE_DU_CODE, Map.of("codeSecondFacteur",
                    codeDeLApplication(), "_csrf", csrf), "Cookie", "__Host-csrf=" + csrf + "; "
                    + attente.substring(0, attente.indexOf(';')));

            assertRedirige("/accueil", code);
            String appareil = setCookie(code, "__Host-appareil=");
            assertTrue(appareil.endsWith("; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax"), appareil);
            assertTrue(setCookie(code, "__Host-session=").contains("; Secure; HttpOnly; SameSite=Lax"));
        }
    }
}
