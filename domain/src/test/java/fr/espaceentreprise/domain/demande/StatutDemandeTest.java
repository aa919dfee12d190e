package fr.espaceentreprise.domain.demande;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static fr.espaceentreprise.domain.demande.StatutDemande.EN_ATTENTE_DE_RETOUR;
import static fr.espaceentreprise.domain.demande.StatutDemande.EN_COURS;
import static fr.espaceentreprise.domain.demande.StatutDemande.REJETEE;
import static fr.espaceentreprise.domain.demande.StatutDemande.VALIDEE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatutDemandeTest {

    /** The whole state machine, written out independently of the code under test. */
    static final Set<List<StatutDemande>> MOUVEMENTS_AUTORISES = Set.of(
            List.of(EN_COURS, VALIDEE),
            List.of(EN_COURS, REJETEE),
            List.of(EN_COURS, EN_ATTENTE_DE_RETOUR),
            List.of(EN_ATTENTE_DE_RETOUR, EN_COURS));

    static Stream<Arguments> toutesLesPaires() {
        return Arrays.stream(StatutDemande.values())
                .flatMap(de -> Arrays.stream(StatutDemande.values()).map(vers -> Arguments.of(de, vers)));
    }

    static boolean estAutorise(StatutDemande de, StatutDemande vers) {
        return MOUVEMENTS_AUTORISES.contains(List.of(de, vers));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("toutesLesPaires")
    void a_status_may_move_only_along_the_four_allowed_moves(StatutDemande de, StatutDemande vers) {
        assertEquals(estAutorise(de, vers), de.peutPasserA(vers));
    }

    @Test
    void the_matrix_has_sixteen_cells_of_which_four_are_allowed() {
        assertEquals(16, toutesLesPaires().count());
        assertEquals(4, toutesLesPaires()
                .filter(paire -> ((StatutDemande) paire.get()[0]).peutPasserA((StatutDemande) paire.get()[1]))
                .count());
    }

    @ParameterizedTest
    @EnumSource(value = StatutDemande.class, names = {"VALIDEE", "REJETEE"})
    void validated_and_rejected_are_terminal(StatutDemande statut) {
        assertTrue(statut.estTerminal());
    }

    @ParameterizedTest
    @EnumSource(value = StatutDemande.class, names = {"EN_COURS", "EN_ATTENTE_DE_RETOUR"})
    void in_progress_and_awaiting_reply_are_not_terminal(StatutDemande statut) {
        assertFalse(statut.estTerminal());
    }

    @ParameterizedTest
    @EnumSource(value = StatutDemande.class, names = {"VALIDEE", "REJETEE"})
    void a_terminal_status_may_move_nowhere(StatutDemande statut) {
        for (StatutDemande vers : StatutDemande.values()) {
            assertFalse(statut.peutPasserA(vers), statut + " -> " + vers);
        }
    }
}
