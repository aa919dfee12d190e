package fr.espaceentreprise.domain.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.compte.SecondFacteur.Verification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecondFacteurTest {

    private static final SecretTotp SECRET = SecretTotp.depuisBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:05Z");
    private static final long PAS = Totp.pas(T0);
    private static final UtilisateurId UTILISATEUR = UtilisateurId.nouveau();
    /** As the user gets them: 16 base-32 characters (80 bits) in groups of four. */
    private static final List<String> CODES = List.of("QWB5-PDKH-X6PY-GPAN", "2RLY-KEI4-IIAA-NNKK",
            "SUMN-LMYT-BX2K-JQEV", "TAVE-TWT6-UL66-LDQB", "WZB2-XYA4-CLMH-P5WW", "Q5GX-SC3F-NVXJ-VRFT",
            "UTLF-JT6K-DFZC-PWQ5", "2JDC-7VNI-I2GK-3XJD", "2SJ5-K57U-6RS6-ZJHY", "L7VL-F7RX-EWCT-XR7Q");

    /** A factor whose last accepted code was an hour before T0. */
    private final SecondFacteur facteur = SecondFacteur.rehydrater(UTILISATEUR, SECRET, T0.minusSeconds(86_400),
            PAS - 120, CODES.stream().map(CodeDeSecours::nouveau).toList());

    private static String codeDeLApplication(long pas) {
        return Totp.code(SECRET, pas);
    }

    @Test
    void a_code_of_the_app_is_accepted_once() {
        String code = codeDeLApplication(PAS);

        assertEquals(Verification.CODE, facteur.verifier(code, T0));
        assertEquals(PAS, facteur.dernierPas());
        assertEquals(Verification.REFUSEE, facteur.verifier(code, T0.plusSeconds(10)), "the same code again");
        assertEquals(SecondFacteur.CODES_DE_SECOURS, facteur.codesDeSecoursDisponibles(), "no recovery code spent");
    }

    @Test
    void once_a_code_of_the_next_step_is_accepted_the_current_one_no_longer_is() {
        assertEquals(Verification.CODE, facteur.verifier(codeDeLApplication(PAS + 1), T0));

        assertEquals(Verification.REFUSEE, facteur.verifier(codeDeLApplication(PAS), T0.plusSeconds(1)));
        assertEquals(PAS + 1, facteur.dernierPas());
    }

    @Test
    void the_code_of_the_next_step_opens_the_next_login() {
        facteur.verifier(codeDeLApplication(PAS), T0);

        assertEquals(Verification.CODE, facteur.verifier(codeDeLApplication(PAS + 1), T0.plusSeconds(30)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"000000", "12345", "1234567", "ABCD-EFGH-JKLM-NPQR", "QWB5-PDKH-X6PY-GPAM"})
    @NullAndEmptySource
    void a_wrong_code_is_refused_and_spends_nothing(String saisi) {
        assertEquals(Verification.REFUSEE, facteur.verifier(saisi, T0));
        assertEquals(PAS - 120, facteur.dernierPas());
        assertEquals(SecondFacteur.CODES_DE_SECOURS, facteur.codesDeSecoursDisponibles());
    }

    @Test
    void a_code_of_the_app_too_far_from_now_is_refused() {
        assertEquals(Verification.REFUSEE, facteur.verifier(codeDeLApplication(PAS - 2), T0));
        assertEquals(Verification.REFUSEE, facteur.verifier(codeDeLApplication(PAS + 2), T0));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"SUMN-LMYT-BX2K-JQEV", "sumn-lmyt-bx2k-jqev", "SUMNLMYTBX2KJQEV", "SUMN LMYT BX2K JQEV",
            " sumn lmyt-bx2k jqev ", "S-U-M-N-L-M-Y-T-B-X-2-K-J-Q-E-V"})
    void a_recovery_code_is_accepted_once_however_it_is_typed(String saisi) {
        Instant instant = T0.plusSeconds(60);

        assertEquals(Verification.CODE_DE_SECOURS, facteur.verifier(saisi, instant));
        assertEquals(SecondFacteur.CODES_DE_SECOURS - 1, facteur.codesDeSecoursDisponibles());
        assertEquals(Optional.of(instant), facteur.codesDeSecours().get(2).utiliseLe());
        assertEquals(Verification.REFUSEE, facteur.verifier(saisi, instant.plusSeconds(1)), "the same code again");
        assertEquals(Verification.REFUSEE, facteur.verifier("SUMN-LMYT-BX2K-JQEV", instant.plusSeconds(2)));
    }

    @Test
    void a_recovery_code_leaves_the_app_codes_as_they_were() {
        facteur.verifier(CODES.get(0), T0);

        assertEquals(PAS - 120, facteur.dernierPas());
        assertEquals(Verification.CODE, facteur.verifier(codeDeLApplication(PAS), T0));
    }

    @Test
    void the_available_recovery_codes_count_down_to_none() {
        for (int i = 0; i < CODES.size(); i++) {
            assertEquals(CODES.size() - i, facteur.codesDeSecoursDisponibles());
            assertEquals(Verification.CODE_DE_SECOURS, facteur.verifier(CODES.get(i), T0.plusSeconds(i)));
        }

        assertEquals(0, facteur.codesDeSecoursDisponibles());
        assertTrue(CODES.stream().allMatch(code -> facteur.verifier(code, T0.plusSeconds(60)) == Verification.REFUSEE));
    }

    @Test
    void new_recovery_codes_void_the_previous_ones_used_or_not() {
        facteur.verifier(CODES.get(0), T0);

        facteur.remplacerCodesDeSecours(List.of(CodeDeSecours.nouveau("SVLA-6QUR-5SWW-RW2W"),
                CodeDeSecours.nouveau("L4XV-JKMX-6SF2-K2TR")));

        assertEquals(2, facteur.codesDeSecoursDisponibles());
        assertEquals(Verification.REFUSEE, facteur.verifier(CODES.get(1), T0));
        assertEquals(Verification.CODE_DE_SECOURS, facteur.verifier("svla6qur5swwrw2w", T0));
        assertEquals(1, facteur.codesDeSecoursDisponibles());
    }

    @Test
    void its_recovery_codes_cannot_be_changed_from_outside() {
        List<CodeDeSecours> codes = facteur.codesDeSecours();

        assertThrows(UnsupportedOperationException.class, () -> codes.remove(0));
        assertEquals(CODES.size(), codes.size());
    }

    @Test
    void rehydration_restores_every_field() {
        Instant actifDepuis = T0.minusSeconds(86_400);
        assertEquals(UTILISATEUR, facteur.utilisateurId());
        assertEquals(SECRET, facteur.secret());
        assertEquals(actifDepuis, facteur.actifDepuis());
        assertEquals(PAS - 120, facteur.dernierPas());
        assertEquals(CODES.stream().map(CodeDeSecours::nouveau).toList(), facteur.codesDeSecours());
    }

    @ParameterizedTest
    @EnumSource(Verification.class)
    void a_verification_is_accepted_unless_refused(Verification verification) {
        assertEquals(verification != Verification.REFUSEE, verification.acceptee());
    }

    @Nested
    class CodesDeSecours {

        @Test
        void a_recovery_code_is_stored_as_the_sha_256_of_its_normalised_text() {
            String abc = "b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78";

            assertEquals(abc, CodeDeSecours.empreinteDe("ABC"));
            assertEquals(abc, CodeDeSecours.empreinteDe(" a-b c"));
            assertEquals(new CodeDeSecours(abc, Optional.empty()), CodeDeSecours.nouveau("a-bc"));
            assertTrue(CodeDeSecours.nouveau("ABC").disponible());
        }

        @Test
        void a_used_recovery_code_is_no_longer_available() {
            CodeDeSecours utilise = CodeDeSecours.nouveau("ABC").utilise(T0);

            assertFalse(utilise.disponible());
            assertEquals(Optional.of(T0), utilise.utiliseLe());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "ABC", "B5D4045C3F466FA91FE2CC6ABE79232A1A57CDF104F7A26E716E0A1E2789DF78",
                "b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df7",
                "b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df788",
                "g5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78"})
        void a_stored_recovery_code_is_a_sha_256_in_lower_case_hex(String empreinte) {
            assertThrows(IllegalArgumentException.class, () -> new CodeDeSecours(empreinte, Optional.empty()));
        }
    }
}
