package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.SecondFacteur.Verification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnrolementSecondFacteurTest {

    private static final SecretTotp SECRET = SecretTotp.depuisBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    /** The start of a step, so that every instant of the test within 30 s is in the same step. */
    private static final Instant DEBUT = Instant.parse("2026-03-02T08:00:00Z");
    private static final UtilisateurId UTILISATEUR = UtilisateurId.nouveau();
    private static final List<CodeDeSecours> CODES = List.of(CodeDeSecours.nouveau("SVLA-6QUR-5SWW-RW2W"),
            CodeDeSecours.nouveau("L4XV-JKMX-6SF2-K2TR"));

    private final EnrolementSecondFacteur enrolement = new EnrolementSecondFacteur(UTILISATEUR, SECRET, DEBUT);

    private static String codeA(Instant instant) {
        return Totp.code(SECRET, Totp.pas(instant));
    }

    @Test
    void the_right_code_gives_an_active_factor_with_the_new_recovery_codes() {
        Instant instant = DEBUT.plusSeconds(20);

        SecondFacteur facteur = enrolement.confirmer(codeA(instant), CODES, instant);

        assertEquals(UTILISATEUR, facteur.utilisateurId());
        assertEquals(SECRET, facteur.secret());
        assertEquals(instant, facteur.actifDepuis());
        assertEquals(Totp.pas(instant), facteur.dernierPas());
        assertEquals(CODES, facteur.codesDeSecours());
        assertEquals(2, facteur.codesDeSecoursDisponibles());
    }

    @Test
    void the_code_that_confirmed_the_enrolment_cannot_open_the_next_login() {
        String code = codeA(DEBUT);
        SecondFacteur facteur = enrolement.confirmer(code, CODES, DEBUT.plusSeconds(1));

        assertEquals(Verification.REFUSEE, facteur.verifier(code, DEBUT.plusSeconds(20)));
        assertEquals(Verification.CODE, facteur.verifier(codeA(DEBUT.plusSeconds(30)), DEBUT.plusSeconds(30)));
    }

    @Test
    void a_phone_half_a_minute_late_may_confirm_and_its_step_is_the_one_recorded() {
        long pas = Totp.pas(DEBUT);

        SecondFacteur facteur = enrolement.confirmer(Totp.code(SECRET, pas - 1), CODES, DEBUT.plusSeconds(5));

        assertEquals(pas - 1, facteur.dernierPas());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345", "ABCDEF", "SVLA-6QUR-5SWW-RW2W"})
    void a_wrong_code_is_refused_on_the_field_code(String code) {
        RegleMetierException erreur = assertRegleMetier("secondFacteur.code_incorrect",
                () -> enrolement.confirmer(code, CODES, DEBUT.plusSeconds(5)));

        assertEquals(Optional.of("code"), erreur.champ());
    }

    @Test
    void a_code_of_another_step_than_the_current_one_or_its_neighbours_is_refused() {
        String ancien = Totp.code(SECRET, Totp.pas(DEBUT) - 2);

        assertRegleMetier(EnrolementSecondFacteur.CODE_INCORRECT,
                () -> enrolement.confirmer(ancien, CODES, DEBUT.plusSeconds(5)));
    }

    @Test
    void an_enrolment_can_be_confirmed_for_30_minutes() {
        Instant limite = DEBUT.plus(Duration.ofMinutes(30));
        Instant justeAvant = limite.minusSeconds(1);

        assertEquals(Duration.ofMinutes(30), EnrolementSecondFacteur.VALIDITE);
        assertTrue(enrolement.estValideLe(justeAvant));
        assertFalse(enrolement.estValideLe(limite));
        assertEquals(justeAvant, enrolement.confirmer(codeA(justeAvant), CODES, justeAvant).actifDepuis());
    }

    @Test
    void after_30_minutes_even_the_right_code_is_refused_as_expired() {
        Instant limite = DEBUT.plus(Duration.ofMinutes(30));

        RegleMetierException erreur = assertRegleMetier("secondFacteur.enrolement_expire",
                () -> enrolement.confirmer(codeA(limite), CODES, limite));
        assertEquals(Optional.of("code"), erreur.champ());
        assertRegleMetier(EnrolementSecondFacteur.EXPIRE,
                () -> enrolement.confirmer("000000", CODES, limite.plus(Duration.ofDays(1))));
    }

    @Test
    void an_enrolment_needs_a_user_a_secret_and_a_start() {
        assertThrows(NullPointerException.class, () -> new EnrolementSecondFacteur(null, SECRET, DEBUT));
        assertThrows(NullPointerException.class, () -> new EnrolementSecondFacteur(UTILISATEUR, null, DEBUT));
        assertThrows(NullPointerException.class, () -> new EnrolementSecondFacteur(UTILISATEUR, SECRET, null));
    }
}
