package fr.espaceentreprise.application.commun;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ControleAccesTest {

    private static final Maintenance TOUT = new Maintenance(true, Set.of(), "Fermé", "Closed");
    private static final Maintenance SALARIES = new Maintenance(true, Set.of(Rubrique.SALARIES), "Salariés fermés",
            "Employees closed");

    private Maintenance enVigueur = Maintenance.AUCUNE;
    private final ControleAcces acces = new ControleAcces(() -> enVigueur);

    private final Acteur entreprise = new Acteur(UtilisateurId.nouveau(), Profil.ENTREPRISE,
            Perimetre.entreprise(EntrepriseId.nouveau(), List.of()), Langue.FR);
    private final Acteur mandataire = new Acteur(UtilisateurId.nouveau(), Profil.MANDATAIRE, Perimetre.vide(),
            Langue.FR);
    private final Acteur gestionnaire = new Acteur(UtilisateurId.nouveau(), Profil.GESTIONNAIRE, Perimetre.complet(),
            Langue.FR);

    private static Acteur enAttente(Acteur acteur, EtapeObligatoire... etapes) {
        return acteur.avecEtapes(Set.of(etapes));
    }

    private static void refuseA(EtapeObligatoire etape, Executable appel) {
        AccesRefuseException refus = assertThrows(AccesRefuseException.class, appel);
        assertEquals(etape, refus.etape());
        assertEquals(AccesRefuseException.CODE, refus.code());
    }

    private static void fermePar(Maintenance maintenance, Executable appel) {
        EspaceFermeException refus = assertThrows(EspaceFermeException.class, appel);
        assertSame(maintenance, refus.maintenance());
        assertEquals(EspaceFermeException.CODE, refus.code());
    }

    @Nested
    class Rubrique_ {

        @Test
        void an_actor_with_nothing_pending_enters_an_open_rubrique() {
            enVigueur = SALARIES;

            assertDoesNotThrow(() -> acces.exigerRubrique(entreprise, Rubrique.COTISATIONS));
        }

        @ParameterizedTest
        @EnumSource(EtapeObligatoire.class)
        void a_pending_step_is_refused_naming_it(EtapeObligatoire etape) {
            refuseA(etape, () -> acces.exigerRubrique(enAttente(entreprise, etape), Rubrique.SALARIES));
        }

        @Test
        void the_first_pending_step_is_named_in_the_order_the_screens_ask_for_them() {
            refuseA(EtapeObligatoire.CHANGER_MOT_DE_PASSE, () -> acces.exigerRubrique(enAttente(entreprise,
                    EtapeObligatoire.ACCEPTER_CGU, EtapeObligatoire.CHANGER_MOT_DE_PASSE), Rubrique.SALARIES));
        }

        @Test
        void a_pending_step_is_told_before_a_closure() {
            enVigueur = SALARIES;

            refuseA(EtapeObligatoire.ACCEPTER_CGU, () -> acces.exigerRubrique(
                    enAttente(entreprise, EtapeObligatoire.ACCEPTER_CGU), Rubrique.SALARIES));
        }

        @Test
        void a_closed_rubrique_is_refused_with_the_maintenance() {
            enVigueur = SALARIES;

            fermePar(SALARIES, () -> acces.exigerRubrique(entreprise, Rubrique.SALARIES));
            fermePar(SALARIES, () -> acces.exigerRubrique(mandataire, Rubrique.SALARIES));
        }

        @ParameterizedTest
        @EnumSource(Rubrique.class)
        void the_whole_space_closed_closes_every_rubrique(Rubrique rubrique) {
            enVigueur = TOUT;

            fermePar(TOUT, () -> acces.exigerRubrique(entreprise, rubrique));
        }

        @Test
        void a_gestionnaire_is_never_closed_out() {
            enVigueur = SALARIES;
            assertDoesNotThrow(() -> acces.exigerRubrique(gestionnaire, Rubrique.SALARIES));
            enVigueur = TOUT;
            assertDoesNotThrow(() -> acces.exigerRubrique(gestionnaire, Rubrique.SALARIES));
        }

        @Test
        void but_a_gestionnaire_too_completes_his_steps_first() {
            refuseA(EtapeObligatoire.CONFIRMER_EMAIL, () -> acces.exigerRubrique(
                    enAttente(gestionnaire, EtapeObligatoire.CONFIRMER_EMAIL), Rubrique.SALARIES));
        }
    }

    @Nested
    class Espace {

        @Test
        void an_actor_with_nothing_pending_enters_while_only_some_rubriques_are_closed() {
            enVigueur = SALARIES;

            assertDoesNotThrow(() -> acces.exigerEspace(entreprise));
        }

        @Test
        void a_pending_step_is_refused_naming_it() {
            refuseA(EtapeObligatoire.ACCEPTER_CGU,
                    () -> acces.exigerEspace(enAttente(mandataire, EtapeObligatoire.ACCEPTER_CGU)));
        }

        @Test
        void the_whole_space_closed_is_refused_with_the_maintenance() {
            enVigueur = TOUT;

            fermePar(TOUT, () -> acces.exigerEspace(entreprise));
        }

        @Test
        void a_gestionnaire_is_never_closed_out_but_completes_his_steps_first() {
            enVigueur = TOUT;

            assertDoesNotThrow(() -> acces.exigerEspace(gestionnaire));
            refuseA(EtapeObligatoire.CHANGER_MOT_DE_PASSE,
                    () -> acces.exigerEspace(enAttente(gestionnaire, EtapeObligatoire.CHANGER_MOT_DE_PASSE)));
        }
    }

    @Nested
    class Connecte {

        @Test
        void pending_steps_are_allowed() {
            assertDoesNotThrow(() -> acces.exigerConnecte(enAttente(entreprise, EtapeObligatoire.values())));
        }

        @Test
        void closed_rubriques_do_not_matter() {
            enVigueur = SALARIES;

            assertDoesNotThrow(() -> acces.exigerConnecte(entreprise));
        }

        @Test
        void the_whole_space_closed_is_refused_even_with_steps_pending() {
            enVigueur = TOUT;

            fermePar(TOUT, () -> acces.exigerConnecte(entreprise));
            fermePar(TOUT, () -> acces.exigerConnecte(enAttente(mandataire, EtapeObligatoire.ACCEPTER_CGU)));
        }

        @Test
        void a_gestionnaire_is_never_closed_out() {
            enVigueur = TOUT;

            assertDoesNotThrow(() -> acces.exigerConnecte(enAttente(gestionnaire, EtapeObligatoire.ACCEPTER_CGU)));
        }
    }

    @Nested
    class Gestionnaire {

        @Test
        void a_gestionnaire_with_nothing_pending_enters_even_while_everything_is_closed() {
            enVigueur = TOUT;

            assertDoesNotThrow(() -> acces.exigerGestionnaire(gestionnaire));
        }

        @Test
        void anyone_else_is_told_there_is_nothing_there() {
            for (Acteur autre : List.of(entreprise, mandataire,
                    enAttente(entreprise, EtapeObligatoire.ACCEPTER_CGU))) {
                IntrouvableException refus = assertThrows(IntrouvableException.class,
                        () -> acces.exigerGestionnaire(autre));
                assertEquals(IntrouvableException.CODE_GENERIQUE, refus.code());
            }
        }

        @Test
        void a_gestionnaire_completes_his_steps_first() {
            refuseA(EtapeObligatoire.ACCEPTER_CGU,
                    () -> acces.exigerGestionnaire(enAttente(gestionnaire, EtapeObligatoire.ACCEPTER_CGU)));
        }
    }

    @Nested
    class OuvertAuPublic {

        @Test
        void a_visitor_or_a_user_with_steps_pending_enters_while_the_space_is_open() {
            enVigueur = SALARIES;

            assertDoesNotThrow(() -> acces.exigerOuvertAuPublic(Optional.empty(), Optional.of(Rubrique.FAQ)));
            assertDoesNotThrow(() -> acces.exigerOuvertAuPublic(Optional.empty(), Optional.empty()));
            assertDoesNotThrow(() -> acces.exigerOuvertAuPublic(
                    Optional.of(enAttente(entreprise, EtapeObligatoire.ACCEPTER_CGU)), Optional.of(Rubrique.FAQ)));
        }

        @Test
        void its_rubrique_closed_is_refused_with_the_maintenance() {
            enVigueur = SALARIES;

            fermePar(SALARIES, () -> acces.exigerOuvertAuPublic(Optional.empty(), Optional.of(Rubrique.SALARIES)));
            fermePar(SALARIES, () -> acces.exigerOuvertAuPublic(Optional.of(entreprise),
                    Optional.of(Rubrique.SALARIES)));
        }

        @Test
        void the_whole_space_closed_is_refused_with_or_without_a_rubrique() {
            enVigueur = TOUT;

            fermePar(TOUT, () -> acces.exigerOuvertAuPublic(Optional.empty(), Optional.empty()));
            fermePar(TOUT, () -> acces.exigerOuvertAuPublic(Optional.of(mandataire), Optional.of(Rubrique.CONTACT)));
        }

        @Test
        void a_gestionnaire_is_never_closed_out() {
            enVigueur = TOUT;

            assertDoesNotThrow(() -> acces.exigerOuvertAuPublic(Optional.of(gestionnaire),
                    Optional.of(Rubrique.FAQ)));
        }
    }
}
