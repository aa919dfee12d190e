package fr.espaceentreprise.application;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.CasDUsage.Porte;
import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.EspaceFermeException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.application.exploitation.ModifierMaintenance;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every use case of the assembly calls its gate first, whoever calls it: the web adapter or an embedding service. */
class EspaceEntrepriseGatesTest {

    private static final Maintenance TOUT = new Maintenance(true, Set.of(), "Fermé ce soir", "Closed tonight");

    private final CasDUsage.Monde monde = new CasDUsage.Monde();

    private static Maintenance fermant(Set<Rubrique> rubriques) {
        return new Maintenance(true, rubriques, "Rubriques fermées", "Sections closed");
    }

    private static Maintenance toutesSauf(Optional<Rubrique> ouverte) {
        Set<Rubrique> fermees = EnumSet.allOf(Rubrique.class);
        ouverte.ifPresent(fermees::remove);
        return fermant(fermees);
    }

    /**
     * The gates let the call through: it succeeds, or the use case's own rules answer (a gestionnaire submits no
     * demande, a code must have been sent before it is typed), but no gate refuses it.
     */
    private static void passeLesPortes(CasDUsage cas, CasDUsage.Monde monde, SessionAuthentifiee session) {
        try {
            cas.faire(monde, session);
        } catch (AccesRefuseException | EspaceFermeException refus) {
            throw new AssertionError(cas + " refused by a gate", refus);
        } catch (RuntimeException regleDuCasDUsage) {
            assertNotEquals(IntrouvableException.CODE_GENERIQUE, codeDe(regleDuCasDUsage), cas.nom());
        }
    }

    private static String codeDe(RuntimeException exception) {
        return exception instanceof IntrouvableException introuvable ? introuvable.code() : exception.getMessage();
    }

    static Stream<CasDUsage> frontOffice() {
        return CasDUsage.frontOffice();
    }

    static Stream<CasDUsage> sansEtapeEnAttente() {
        return CasDUsage.frontOffice().filter(cas -> cas.porte() == Porte.RUBRIQUE || cas.porte() == Porte.ESPACE);
    }

    static Stream<CasDUsage> etapesPermises() {
        return CasDUsage.frontOffice().filter(cas -> cas.porte() == Porte.CONNECTE || cas.porte() == Porte.PUBLIC);
    }

    static Stream<CasDUsage> dUneRubrique() {
        return CasDUsage.frontOffice().filter(cas -> cas.rubrique().isPresent());
    }

    static Stream<CasDUsage> quiAboutissent() {
        return CasDUsage.frontOffice().filter(cas -> cas.porte() != Porte.CONNECTE);
    }

    static Stream<CasDUsage> visiteurs() {
        return CasDUsage.visiteurs();
    }

    static Stream<CasDUsage> gestion() {
        return CasDUsage.gestion();
    }

    @Test
    void the_cases_call_every_method_of_every_use_case_that_has_a_gate() {
        Set<String> appelees = Stream.of(CasDUsage.frontOffice(), CasDUsage.visiteurs(), CasDUsage.gestion())
                .flatMap(cas -> cas)
                .map(cas -> cas.nom().split(" ")[0])
                .collect(Collectors.toSet());
        Set<String> sansPorte = Set.of("comptes.seConnecter", "comptes.authentifierSession",
                "comptes.identifierActeur", "comptes.seDeconnecter", "comptes.changerLangue", "contenus.aide",
                "contenus.cgu", "exploitation.sante", "exploitation.maintenance",
                "exploitation.distribuerCourriels", "exploitation.appliquerGarantiesProgrammees",
                "exploitation.purgerClesIdempotence", "exploitation.purgerConnexionsEnAttente");

        Set<String> methodes = Stream.of(EspaceEntreprise.Comptes.class, EspaceEntreprise.Consultation.class,
                        EspaceEntreprise.Demandes.class, EspaceEntreprise.Contenus.class,
                        EspaceEntreprise.DonneesPersonnellesDuCompte.class, EspaceEntreprise.Exploitation.class,
                        EspaceEntreprise.Gestion.class)
                .flatMap(groupe -> Arrays.stream(groupe.getRecordComponents())
                        .filter(casDUsage -> !sansPorte.contains(nom(groupe) + "." + casDUsage.getName()))
                        .flatMap(casDUsage -> Arrays.stream(casDUsage.getType().getMethods())
                                .filter(methode -> Modifier.isAbstract(methode.getModifiers()))
                                .map(methode -> nom(groupe) + "." + casDUsage.getName() + "." + methode.getName())))
                .collect(Collectors.toSet());

        assertEquals(methodes, appelees);
    }

    private static String nom(Class<?> groupe) {
        String nom = groupe == EspaceEntreprise.DonneesPersonnellesDuCompte.class ? "Donnees" : groupe.getSimpleName();
        return Character.toLowerCase(nom.charAt(0)) + nom.substring(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quiAboutissent")
    void each_use_case_answers_a_user_with_nothing_pending_while_the_space_is_open(CasDUsage cas) {
        SessionAuthentifiee camille = monde.sessionDeCamille();

        assertDoesNotThrow(() -> cas.faire(monde, camille));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sansEtapeEnAttente")
    void a_user_who_owes_a_first_login_step_is_refused_naming_it(CasDUsage cas) {
        monde.publierDeNouvellesCgu();
        SessionAuthentifiee camille = monde.sessionDeCamille();

        AccesRefuseException refus = assertThrows(AccesRefuseException.class, () -> cas.faire(monde, camille));

        assertEquals(EtapeObligatoire.ACCEPTER_CGU, refus.etape());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("etapesPermises")
    void the_steps_themselves_and_what_visitors_may_use_stay_open_to_a_user_who_owes_a_step(CasDUsage cas) {
        monde.publierDeNouvellesCgu();
        SessionAuthentifiee camille = monde.sessionDeCamille();

        passeLesPortes(cas, monde, camille);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dUneRubrique")
    void its_rubrique_closed_refuses_a_user_but_not_a_gestionnaire(CasDUsage cas) {
        fermeAUnUtilisateurMaisPasAUnGestionnaire(cas, fermant(Set.of(cas.rubrique().orElseThrow())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frontOffice")
    void the_other_rubriques_closed_leave_it_open(CasDUsage cas) {
        monde.fermer(toutesSauf(cas.rubrique()));

        passeLesPortes(cas, monde, monde.sessionDeCamille());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frontOffice")
    void the_whole_space_closed_refuses_a_user_but_not_a_gestionnaire(CasDUsage cas) {
        fermeAUnUtilisateurMaisPasAUnGestionnaire(cas, TOUT);
    }

    /** Both logged in before the closure (a whole closure refuses the login itself). */
    private void fermeAUnUtilisateurMaisPasAUnGestionnaire(CasDUsage cas, Maintenance maintenance) {
        SessionAuthentifiee camille = monde.sessionDeCamille();
        SessionAuthentifiee gestionnaire = monde.sessionDuGestionnaire();
        monde.fermer(maintenance);

        EspaceFermeException refus = assertThrows(EspaceFermeException.class, () -> cas.faire(monde, camille));

        assertEquals(maintenance, refus.maintenance());
        passeLesPortes(cas, monde, gestionnaire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visiteurs")
    void what_visitors_use_is_closed_only_with_the_whole_space(CasDUsage cas) {
        monde.fermer(toutesSauf(Optional.empty()));
        passeLesPortes(cas, monde, null);

        monde.fermer(TOUT);

        assertThrows(EspaceFermeException.class, () -> cas.faire(monde, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gestion")
    void every_back_office_use_case_is_nowhere_to_a_user_of_the_front_office_and_changes_nothing(CasDUsage cas) {
        SessionAuthentifiee camille = monde.sessionDeCamille();
        int transactions = monde.ports.transactions.validees();
        int lignesDAudit = monde.ports.journal.evenements().size();
        int courriels = monde.ports.notifications.envoyees().size();

        IntrouvableException refus = assertThrows(IntrouvableException.class, () -> cas.faire(monde, camille));

        assertEquals(IntrouvableException.CODE_GENERIQUE, refus.code());
        assertEquals(transactions, monde.ports.transactions.validees(), "nothing read nor written");
        assertEquals(lignesDAudit, monde.ports.journal.evenements().size());
        assertEquals(courriels, monde.ports.notifications.envoyees().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gestion")
    void the_back_office_stays_open_to_a_gestionnaire_while_the_whole_space_is_closed(CasDUsage cas) {
        monde.fermer(TOUT);
        SessionAuthentifiee gestionnaire = monde.sessionDuGestionnaire();
        int transactions = monde.ports.transactions.validees();

        assertDoesNotThrow(() -> cas.faire(monde, gestionnaire));
        assertNotEquals(transactions, monde.ports.transactions.validees());
    }

    @Test
    void a_user_who_has_not_accepted_the_cgu_gets_from_the_core_the_refusal_the_web_gets() {
        monde.publierDeNouvellesCgu();
        Acteur camille = monde.comptes.acteur(monde.camille);
        ConsulterSalaries.Requete requete = new ConsulterSalaries.Requete(camille, monde.entreprise.id(),
                FiltreSalaries.AUCUN, Optional.empty(), 20);

        AccesRefuseException refus = assertThrows(AccesRefuseException.class,
                () -> monde.espace.consultation().salaries().lister(requete));

        assertEquals(EtapeObligatoire.ACCEPTER_CGU, refus.etape());
        assertEquals(AccesRefuseException.CODE, refus.code());
    }

    @Test
    void a_user_listing_the_salaries_during_their_maintenance_is_told_the_rubrique_is_closed() {
        Maintenance salaries = fermant(Set.of(Rubrique.SALARIES));
        monde.espace.gestion().maintenance().modifier(new ModifierMaintenance.Commande(monde.gestionnaire(),
                salaries, IP));
        Acteur camille = monde.comptes.acteur(monde.camille);

        EspaceFermeException refus = assertThrows(EspaceFermeException.class,
                () -> monde.espace.consultation().salaries().lister(new ConsulterSalaries.Requete(camille,
                        monde.entreprise.id(), FiltreSalaries.AUCUN, Optional.empty(), 20)));

        assertEquals(salaries, refus.maintenance());
        assertDoesNotThrow(() -> monde.espace.consultation().salaries().lister(new ConsulterSalaries.Requete(
                monde.gestionnaire(), monde.entreprise.id(), FiltreSalaries.AUCUN, Optional.empty(), 20)),
                "a gestionnaire is not closed out");
    }
}
