package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SecuriteDuCompteTest {

    private static final String SECURITE = "/mon-compte/securite";
    private static final String CODES = "/mon-compte/securite/codes-de-secours";
    private static final String ENROLEMENT = "/mon-compte/securite/enrolement";
    /** Past the ten minutes a check of the second factor counts for a sensitive change. */
    private static final Duration PLUS_TARD = Duration.ofMinutes(11);

    private EspaceComptes espace;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private Utilisateur avecSecondFacteur(Langue langue) {
        Utilisateur compte = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001").langue(langue));
        espace.enrolerSecondFacteur(compte);
        Navigation.connecter(serveur, compte.numeroAdherent().valeur(), EspaceComptes.MOT_DE_PASSE);
        return compte;
    }

    /** The code the account's app shows now. */
    private String code() {
        return Navigation.codeSecondFacteur(serveur, "10000001").orElseThrow();
    }

    private long codesDisponibles(Utilisateur compte) {
        return espace.secondsFacteurs.trouver(compte.id()).orElseThrow().codesDeSecoursDisponibles();
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_security_page_tells_since_when_the_factor_is_active_and_how_many_recovery_codes_are_left(Langue langue) {
        avecSecondFacteur(langue);

        HttpResponse<String> page = serveur.get(SECURITE);

        assertEquals(200, page.statusCode(), page.body());
        String actifDepuis = Traductions.depuisLesRessources().pour(langue)
                .horodatage(EspaceComptes.T0.minus(Duration.ofDays(1)));
        assertTrue(page.body().contains((langue == Langue.FR ? "Activé depuis le " : "Active since ") + actifDepuis),
                page.body());
        assertTrue(page.body().contains(langue == Langue.FR ? "Aucun code de secours disponible"
                : "No recovery code left"));
        assertTrue(page.body().contains(langue == Langue.FR ? "Facultatif, mais recommandé"
                : "Optional, but recommended"));
        assertTrue(page.body().contains("action=\"" + CODES + "\""));
        assertTrue(page.body().contains("action=\"" + ENROLEMENT + "\""));
    }

    @Test
    void the_home_page_and_the_header_link_the_security_sessions_and_api_access_pages() {
        avecSecondFacteur(Langue.FR);

        String accueil = serveur.get("/accueil").body();

        for (String lien : new String[] {SECURITE, "/mon-compte/sessions", "/mon-compte/acces-api"}) {
            assertTrue(accueil.contains("href=\"" + lien + "\""), lien);
        }
        assertTrue(accueil.contains("class=\"entete__securite\" href=\"" + SECURITE + "\""), accueil);
    }

    @Test
    void a_gestionnaire_reads_that_the_factor_is_required_of_him() {
        Utilisateur gestionnaire = espace.gestionnaire();
        Navigation.connecter(serveur, gestionnaire.numeroAdherent().valeur(), EspaceComptes.MOT_DE_PASSE);

        assertTrue(serveur.get(SECURITE).body().contains("<dd>Obligatoire</dd>"));
    }

    @Test
    void a_user_without_a_factor_is_offered_one_and_goes_to_the_enrolment_without_a_code() {
        espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001").langue(Langue.EN));
        Navigation.connecter(serveur, "10000001", EspaceComptes.MOT_DE_PASSE);

        String page = serveur.get(SECURITE).body();
        HttpResponse<String> enroler = serveur.postFormulaire(ENROLEMENT, serveur.avecJeton(Map.of()));

        assertTrue(page.contains("No second factor is active on your account."), page);
        assertTrue(page.contains("Turn on a second factor"));
        assertFalse(page.contains("action=\"" + CODES + "\""));
        assertRedirige(EtapesEnAttente.SECOND_FACTEUR, enroler);
    }

    @Test
    void within_ten_minutes_of_the_login_new_recovery_codes_come_at_once_and_the_old_ones_are_void() {
        Utilisateur compte = avecSecondFacteur(Langue.FR);

        HttpResponse<String> reponse = serveur.postFormulaire(CODES, serveur.avecJeton(Map.of()));

        assertEquals(200, reponse.statusCode(), reponse.body());
        for (int i = 1; i <= 10; i++) {
            assertTrue(reponse.body().contains(String.format("SECO-URSA-AAAA-%04d", i)), reponse.body());
        }
        assertTrue(reponse.body().contains("download="), "the codes can be downloaded");
        assertEquals(10, codesDisponibles(compte));
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.CODES_DE_SECOURS_REGENERES).size());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void later_new_recovery_codes_ask_for_a_code_of_the_app_first_and_then_come(Langue langue) {
        Utilisateur compte = avecSecondFacteur(langue);
        espace.horloge.avancer(PLUS_TARD);

        HttpResponse<String> formulaire = serveur.postFormulaire(CODES, serveur.avecJeton(Map.of()));

        assertEquals(200, formulaire.statusCode(), formulaire.body());
        assertTrue(formulaire.body().contains(langue == Langue.FR ? "Confirmez avec votre application"
                : "Confirm with your app"), formulaire.body());
        assertTrue(formulaire.body().contains("action=\"" + CODES + "\""));
        assertTrue(formulaire.body().contains("name=\"codeSecondFacteur\""));
        assertTrue(formulaire.body().contains("autocomplete=\"one-time-code\""));
        assertEquals(0, codesDisponibles(compte), "nothing generated yet");

        HttpResponse<String> codes = serveur.postFormulaire(CODES, serveur.avecJeton(Map.of(
                "codeSecondFacteur", code())));

        assertEquals(200, codes.statusCode(), codes.body());
        assertTrue(codes.body().contains("SECO-URSA-AAAA-0010"), codes.body());
        assertEquals(10, codesDisponibles(compte));
    }

    @Test
    void a_wrong_code_shows_the_form_again_with_the_error_beside_its_field_and_counts_as_a_failed_attempt() {
        Utilisateur compte = avecSecondFacteur(Langue.FR);
        espace.horloge.avancer(PLUS_TARD);

        HttpResponse<String> reponse = serveur.postFormulaire(CODES, serveur.avecJeton(Map.of(
                "codeSecondFacteur", "000000")));

        assertEquals(409, reponse.statusCode(), reponse.body());
        assertTrue(reponse.body().contains("id=\"champ-codeSecondFacteur-erreur\""), reponse.body());
        assertTrue(reponse.body().contains("href=\"#champ-codeSecondFacteur\""), "the summary links the field");
        assertTrue(reponse.body().contains("action=\"" + CODES + "\""));
        assertEquals(0, codesDisponibles(compte));
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.SECOND_FACTEUR_ECHOUE).size());
    }

    @Test
    void a_recovery_code_proves_the_factor_as_well_as_the_app() {
        Utilisateur compte = avecSecondFacteur(Langue.FR);
        serveur.postFormulaire(CODES, serveur.avecJeton(Map.of()));
        espace.horloge.avancer(PLUS_TARD);

        HttpResponse<String> reponse = serveur.postFormulaire(CODES, serveur.avecJeton(Map.of(
                "codeSecondFacteur", "SECO-URSA-AAAA-0001")));

        assertEquals(200, reponse.statusCode(), reponse.body());
        assertTrue(reponse.body().contains("SECO-URSA-AAAA-0020"), reponse.body());
        assertEquals(10, codesDisponibles(compte));
    }

    @Test
    void a_new_phone_later_asks_for_a_code_of_the_app_then_goes_to_the_enrolment() {
        Utilisateur compte = avecSecondFacteur(Langue.FR);
        espace.horloge.avancer(PLUS_TARD);

        HttpResponse<String> formulaire = serveur.postFormulaire(ENROLEMENT, serveur.avecJeton(Map.of()));
        HttpResponse<String> suite = serveur.postFormulaire(ENROLEMENT, serveur.avecJeton(Map.of(
                "codeSecondFacteur", code())));

        assertEquals(200, formulaire.statusCode());
        assertTrue(formulaire.body().contains("action=\"" + ENROLEMENT + "\""), formulaire.body());
        assertRedirige(EtapesEnAttente.SECOND_FACTEUR, suite);
        assertEquals(200, serveur.get(EtapesEnAttente.SECOND_FACTEUR).statusCode(), "the enrolment may start");
    }

    @Test
    void the_pages_of_one_s_account_send_a_visitor_to_the_login_page() {
        for (String page : new String[] {SECURITE, "/mon-compte/sessions", "/mon-compte/acces-api"}) {
            assertRedirige("/", serveur.get(page, langue(Langue.FR)));
        }
    }
}
