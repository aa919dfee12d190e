package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecisionCompteTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final UtilisateurId COMPTE = UtilisateurId.nouveau();
    private static final UtilisateurId GESTIONNAIRE = UtilisateurId.nouveau();

    @ParameterizedTest
    @EnumSource(MotifCompte.class)
    void reads_every_motif_of_the_closed_list_in_any_case(MotifCompte motif) {
        assertEquals(motif, MotifCompte.de(" " + motif.name().toLowerCase() + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DECES", "AUTRE", "fraude!"})
    void refuses_a_motif_outside_the_list(String code) {
        ValeurInvalideException refus = assertThrows(ValeurInvalideException.class, () -> MotifCompte.de(code));

        assertEquals("compte.motif.invalide", refus.code());
        assertEquals(Optional.of("motif"), refus.champ());
    }

    @Test
    void a_missing_motif_is_required() {
        assertEquals("champ.obligatoire",
                assertThrows(ValeurInvalideException.class, () -> MotifCompte.de(" ")).code());
    }

    @ParameterizedTest
    @EnumSource(value = TypeDecisionCompte.class, names = {"SUSPENSION", "SUPPRESSION"})
    void suspending_or_deleting_needs_a_motif(TypeDecisionCompte type) {
        ValeurInvalideException refus = assertThrows(ValeurInvalideException.class,
                () -> DecisionCompte.de(COMPTE, type, null, "pourquoi", GESTIONNAIRE, T0));

        assertEquals(Optional.of("motif"), refus.champ());
    }

    @Test
    void a_reactivation_needs_no_motif_and_a_blank_precision_is_none() {
        DecisionCompte decision = DecisionCompte.de(COMPTE, TypeDecisionCompte.REACTIVATION, null, "  ",
                GESTIONNAIRE, T0);

        assertEquals(Optional.empty(), decision.motif());
        assertEquals(Optional.empty(), decision.precision());
    }

    @Test
    void the_precision_is_trimmed_and_bounded() {
        DecisionCompte decision = DecisionCompte.de(COMPTE, TypeDecisionCompte.SUSPENSION, MotifCompte.FRAUDE,
                "  Identifiants vus sur un forum  ", GESTIONNAIRE, T0);

        assertEquals(Optional.of("Identifiants vus sur un forum"), decision.precision());
        assertEquals("champ.trop_long", assertThrows(ValeurInvalideException.class, () -> DecisionCompte.de(COMPTE,
                TypeDecisionCompte.SUPPRESSION, MotifCompte.FRAUDE, "x".repeat(1001), GESTIONNAIRE, T0)).code());
    }

    @Test
    void prospecting_is_refused_until_the_user_says_otherwise_and_each_change_is_dated() {
        ConsentementProspection parDefaut = ConsentementProspection.parDefaut(COMPTE);

        ConsentementProspection accepte = parDefaut.changer(true, T0);
        ConsentementProspection refuse = accepte.changer(false, T0.plusSeconds(60));

        assertEquals(false, parDefaut.accepte());
        assertEquals(Optional.empty(), parDefaut.modifieLe());
        assertEquals(true, accepte.accepte());
        assertEquals(Optional.of(T0), accepte.modifieLe());
        assertEquals(false, refuse.accepte());
        assertEquals(Optional.of(T0.plusSeconds(60)), refuse.modifieLe());
    }
}
