package fr.espaceentreprise.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The security notices: what happened, when in Paris time, from which address, and what to do if it was not you. */
class CourrielsDeSecuriteTest {

    private static final String LE_8_DECEMBRE = "le 8 décembre 2026 à 14 h 05 (heure de Paris)";
    private static final String ON_8_DECEMBER = "on 8 December 2026 at 14:05 (Paris time)";
    private static final String CONTACT = "https://espace.example.com/contact";

    private final RedacteurCourriels redacteur = new RedacteurCourriels(URI.create("https://espace.example.com"));

    /** Each notice in French then in English, with what it says besides the instant and the address. */
    static Stream<Arguments> chaqueAvisDansChaqueLangue() {
        return Stream.of(
                avis(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE,
                        List.of("les autres sessions ouvertes sur votre compte ont été fermées",
                                "« Mot de passe oublié »"),
                        List.of("the other sessions open on your account have been closed", "\"Forgotten password\"")),
                avis(TypeNotification.SECURITE_SECOND_FACTEUR_ACTIVE,
                        List.of("Gardez vos nouveaux codes de secours en lieu sûr", "un autre téléphone"),
                        List.of("Keep your new recovery codes somewhere safe", "another phone")),
                avis(TypeNotification.SECURITE_SECOND_FACTEUR_REINITIALISE,
                        List.of("Notre service de gestion a réinitialisé", "À votre prochaine connexion"),
                        List.of("Our management team reset", "The next time you log in")),
                avis(TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE,
                        List.of("il ne vous en reste plus que 2. Pensez à en générer une nouvelle série"),
                        List.of("you have only 2 left. Consider generating a new set")),
                avis(TypeNotification.SECURITE_JETON_API_CREE,
                        List.of("Nom du jeton : Paie mensuelle\nDroits : lecture seule\nExpire le : 1er juillet 2027"),
                        List.of("Token name: Paie mensuelle\nRights: read only\nExpires on: 1 July 2027")),
                avis(TypeNotification.SECURITE_NOUVEL_APPAREIL, List.of("avec un programme, sur un appareil"),
                        List.of("with a program, on a device")))
                .flatMap(Function.identity());
    }

    private static Stream<Arguments> avis(TypeNotification type, List<String> enFrancais, List<String> enAnglais) {
        return Stream.of(Arguments.of(type, Langue.FR, enFrancais), Arguments.of(type, Langue.EN, enAnglais));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("chaqueAvisDansChaqueLangue")
    void says_what_happened_when_in_paris_time_from_which_address_and_what_to_do_if_it_was_not_you(
            TypeNotification type, Langue langue, List<String> particularites) {
        Courriel courriel = rediger(type, langue, Map.of());

        assertFalse(courriel.sujet().contains("{"), courriel.sujet());
        assertTrue(courriel.texte().startsWith(langue == Langue.FR ? "Bonjour Anne Durand,\n\n"
                : "Hello Anne Durand,\n\n"), courriel.texte());
        assertTrue(courriel.texte().contains(langue == Langue.FR ? LE_8_DECEMBRE : ON_8_DECEMBER), courriel.texte());
        assertTrue(courriel.texte().contains("203.0.113.7"), courriel.texte());
        particularites.forEach(particularite -> assertTrue(courriel.texte().contains(particularite), courriel.texte()));
        assertTrue(courriel.texte().contains(CONTACT), "the Centre relations clients: " + courriel.texte());
        assertTrue(courriel.html().contains("<a href=\"" + CONTACT + "\">" + CONTACT + "</a>"), courriel.html());
        assertFalse(courriel.texte().contains("{"), "every placeholder filled: " + courriel.texte());
        assertFalse(courriel.texte().contains("2026-12-08T"), "no raw instant: " + courriel.texte());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("chaqueAvisDansChaqueLangue")
    void the_html_escapes_the_address_and_the_token_name(TypeNotification type, Langue langue) {
        Courriel courriel = rediger(type, langue, Map.of("ip", "203.0.113.7<b>&", "nomJeton", "<Paie & co>"));

        assertFalse(courriel.html().contains("<b>"), courriel.html());
        assertTrue(courriel.html().contains("203.0.113.7&lt;b&gt;&amp;"), courriel.html());
        assertTrue(courriel.texte().contains("203.0.113.7<b>&"), courriel.texte());
        if (type == TypeNotification.SECURITE_JETON_API_CREE) {
            assertFalse(courriel.html().contains("<Paie"), courriel.html());
            assertTrue(courriel.html().contains("&lt;Paie &amp; co&gt;"), courriel.html());
        }
    }

    @Test
    void the_instant_is_paris_time_in_summer_as_in_winter_and_the_first_of_the_month_is_the_1er_in_french() {
        Courriel ete = rediger(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE, Langue.FR,
                Map.of("instant", "2026-06-30T22:05:00Z"));
        Courriel summer = rediger(TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE, Langue.EN,
                Map.of("instant", "2026-06-30T22:05:00Z"));

        assertTrue(ete.texte().contains("le 1er juillet 2026 à 0 h 05 (heure de Paris)"), ete.texte());
        assertTrue(summer.texte().contains("on 1 July 2026 at 00:05 (Paris time)"), summer.texte());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_recovery_code_mail_advises_a_new_set_only_when_few_codes_are_left(Langue langue) {
        Map<Integer, String> attendus = langue == Langue.FR
                ? Map.of(0, "Ce code ne fonctionnera plus : il ne vous en reste plus aucun. Générez-en une nouvelle "
                        + "série dès maintenant", 1, "il ne vous en reste plus que 1. Pensez", 3,
                        "il ne vous en reste plus que 3. Pensez", 4,
                        "Ce code ne fonctionnera plus : il vous en reste 4.", 9, "il vous en reste 9.")
                : Map.of(0, "That code will not work again: you have none left. Generate a new set now", 1,
                        "you have only 1 left. Consider", 3, "you have only 3 left. Consider", 4,
                        "That code will not work again: you have 4 left.", 9, "you have 9 left.");

        attendus.forEach((restants, attendu) -> {
            String texte = rediger(TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE, langue,
                    Map.of("restants", restants.toString())).texte();
            assertTrue(texte.contains(attendu), texte);
            assertEquals(restants <= 3, texte.contains(langue == Langue.FR ? "nouvelle série" : "new set"), texte);
        });
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void every_browser_family_and_every_right_of_a_token_is_named_in_the_readers_words(Langue langue) {
        for (FamilleNavigateur famille : FamilleNavigateur.values()) {
            String texte = rediger(TypeNotification.SECURITE_NOUVEL_APPAREIL, langue,
                    Map.of("navigateur", famille.name())).texte();
            assertFalse(texte.contains(famille.name()), texte);
        }
        for (DroitsJeton droits : DroitsJeton.values()) {
            String texte = rediger(TypeNotification.SECURITE_JETON_API_CREE, langue,
                    Map.of("droits", droits.name())).texte();
            assertFalse(texte.contains(droits.name()), texte);
        }
        assertTrue(rediger(TypeNotification.SECURITE_NOUVEL_APPAREIL, langue, Map.of("navigateur", "FIREFOX"))
                .texte().contains(langue == Langue.FR ? "avec Firefox," : "with Firefox,"));
        assertTrue(rediger(TypeNotification.SECURITE_NOUVEL_APPAREIL, langue, Map.of("navigateur", "AUTRE"))
                .texte().contains(langue == Langue.FR ? "avec un navigateur," : "with a browser,"));
        assertTrue(rediger(TypeNotification.SECURITE_JETON_API_CREE, langue, Map.of("droits", "ECRITURE"))
                .texte().contains(langue == Langue.FR ? "Droits : lecture et écriture" : "Rights: read and write"));
    }

    @Test
    void an_instant_or_a_count_that_cannot_be_read_is_an_error_never_a_mail_with_a_raw_value() {
        IllegalArgumentException instant = assertThrows(IllegalArgumentException.class, () -> rediger(
                TypeNotification.SECURITE_MOT_DE_PASSE_CHANGE, Langue.FR, Map.of("instant", "hier")));
        IllegalArgumentException restants = assertThrows(IllegalArgumentException.class, () -> rediger(
                TypeNotification.SECURITE_CODE_DE_SECOURS_UTILISE, Langue.EN, Map.of("restants", "quelques-uns")));

        assertTrue(instant.getMessage().contains("instant"), instant.getMessage());
        assertTrue(restants.getMessage().contains("restants"), restants.getMessage());
    }

    /** A notice with {@link RedacteurCourrielsTest#SECURITE}'s values, Anne Durand's name and {@code autres}. */
    private Courriel rediger(TypeNotification type, Langue langue, Map<String, String> autres) {
        Map<String, String> parametres = new HashMap<>(RedacteurCourrielsTest.SECURITE);
        parametres.putAll(Map.of("prenom", "Anne", "nom", "Durand"));
        parametres.putAll(autres);
        return redacteur.rediger(RedacteurCourrielsTest.notification(type, langue, parametres), Map.of(),
                "<m1@espace-entreprise>");
    }
}
