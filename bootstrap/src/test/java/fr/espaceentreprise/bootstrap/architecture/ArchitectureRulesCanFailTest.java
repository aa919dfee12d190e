package fr.espaceentreprise.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every architecture rule can fail: each one is checked against classes written to break it (test
 * fixtures in packages named {@code violations}) and must report the offending class.
 */
class ArchitectureRulesCanFailTest {

    private static final String VIOLATIONS = "fr.espaceentreprise";

    private static JavaClasses violations;

    @BeforeAll
    static void importer() {
        violations = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/violations/"))
                .importPackages(VIOLATIONS);
    }

    static Stream<Arguments> reglesEtContrevenants() {
        Map<ArchRule, String> contrevenants = Map.ofEntries(
                Map.entry(Architecture.DOMAINE_NE_DEPEND_QUE_DU_JDK, "DomaineAvecUneBibliotheque"),
                Map.entry(Architecture.APPLICATION_NE_DEPEND_QUE_DU_DOMAINE, "ApplicationQuiConnaitLeWeb"),
                Map.entry(Architecture.JAVALIN_SEULEMENT_DANS_WEB, "ApplicationQuiConnaitLeWeb"),
                Map.entry(Architecture.JACKSON_SEULEMENT_DANS_WEB, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.PDFBOX_SEULEMENT_DANS_WEB, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.QRCODEGEN_SEULEMENT_DANS_WEB, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.FONTBOX_SEULEMENT_DANS_WEB, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.JTE_SEULEMENT_DANS_WEB, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.JOOQ_SEULEMENT_DANS_PERSISTANCE, "DomaineAvecUneBibliotheque"),
                Map.entry(Architecture.FLYWAY_SEULEMENT_DANS_PERSISTANCE, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.ARGON2_SEULEMENT_DANS_PERSISTANCE, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.ZXCVBN_SEULEMENT_DANS_PERSISTANCE, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.JDBC_POSTGRES_SEULEMENT_DANS_PERSISTANCE, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.MAIL_SEULEMENT_DANS_MAIL, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.HIKARI_SEULEMENT_DANS_PERSISTANCE, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.POSTGRES_EMBARQUE_SEULEMENT_DANS_BOOTSTRAP, "PersistanceQuiEmpruntePartout"),
                Map.entry(Architecture.AUCUN_ADAPTATEUR_NE_DEPEND_D_UN_AUTRE, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.RIEN_NE_DEPEND_DE_BOOTSTRAP, "WebQuiAppelleLaPersistance"),
                Map.entry(Architecture.LES_PORTS_ENTRANTS_IGNORENT_LES_PORTS_SORTANTS, "PortEntrant"),
                Map.entry(Architecture.LES_PORTS_SORTANTS_IGNORENT_LES_PORTS_ENTRANTS, "PortSortant"),
                Map.entry(Architecture.AUCUN_NOM_EN_IMPL, "TraitementImpl"),
                Map.entry(Architecture.AUCUN_CYCLE_ENTRE_PAQUETS, "Aller"),
                Map.entry(Architecture.LES_CAS_D_USAGE_NE_SONT_CONSTRUITS_QUE_PAR_L_ASSEMBLAGE,
                        "AssemblageParallele"),
                Map.entry(Architecture.LE_DOMAINE_N_A_PAS_DE_SETTERS, "DomaineAvecUneBibliotheque"));
        return contrevenants.entrySet().stream().map(entree -> Arguments.of(entree.getKey(), entree.getValue()));
    }

    @Test
    void every_rule_has_a_class_that_breaks_it() {
        assertEquals(Architecture.REGLES.size(), reglesEtContrevenants().count());
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @MethodSource("reglesEtContrevenants")
    void the_rule_reports_the_class_written_to_break_it(ArchRule regle, String contrevenant) {
        AssertionError echec = assertThrows(AssertionError.class, () -> regle.check(violations));
        assertTrue(echec.getMessage().contains(contrevenant),
                () -> "expected a violation by " + contrevenant + " but got: " + echec.getMessage());
    }
}
