package fr.espaceentreprise.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The rings of docs/ARCHITECTURE.md and the libraries each may use, as rules over the production classes of every
 * module. Each rule refuses to pass on an empty set of classes ({@code allowEmptyShould(false)}), and
 * {@link ArchitectureRulesCanFailTest} shows each one failing on a class that breaks it.
 */
final class Architecture {

    static final String RACINE = "fr.espaceentreprise";
    static final String DOMAINE = RACINE + ".domain..";
    static final String APPLICATION = RACINE + ".application..";
    static final String WEB = RACINE + ".adapters.web..";
    static final String PERSISTANCE = RACINE + ".adapters.persistence..";
    static final String MAIL = RACINE + ".adapters.mail..";
    static final String BOOTSTRAP = RACINE + ".bootstrap..";
    static final String CODE_GENERE = RACINE + ".adapters.persistence.jooq..";
    static final String ASSEMBLAGE = RACINE + ".application.EspaceEntreprise";

    /**
     * Our classes from every module, whether Maven resolves a module to its {@code target/classes} ({@code test})
     * or to its jar ({@code verify}); test classes and test-jars left out.
     */
    static JavaClasses classesDeProduction() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(RACINE);
    }

    /** The JDK's cryptography (javax.crypto: the HMAC of one-time passwords) is part of the JDK too. */
    static final ArchRule DOMAINE_NE_DEPEND_QUE_DU_JDK = classes().that().resideInAPackage(DOMAINE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAINE, "java..", "javax.crypto..")
            .as("domain depends on the JDK only")
            .allowEmptyShould(false);

    static final ArchRule APPLICATION_NE_DEPEND_QUE_DU_DOMAINE = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAINE, "java..")
            .as("application depends on domain and the JDK only")
            .allowEmptyShould(false);

    static final ArchRule JAVALIN_SEULEMENT_DANS_WEB = bibliothequeReservee("io.javalin..", WEB);
    static final ArchRule JACKSON_SEULEMENT_DANS_WEB = bibliothequeReservee("com.fasterxml.jackson..", WEB);
    static final ArchRule PDFBOX_SEULEMENT_DANS_WEB = bibliothequeReservee("org.apache.pdfbox..", WEB);
    /** FontBox, PDFBox's font library, parses the PDFs' fonts. */
    static final ArchRule FONTBOX_SEULEMENT_DANS_WEB = bibliothequeReservee("org.apache.fontbox..", WEB);
    static final ArchRule JTE_SEULEMENT_DANS_WEB = bibliothequeReservee("gg.jte..", WEB);
    static final ArchRule QRCODEGEN_SEULEMENT_DANS_WEB = bibliothequeReservee("io.nayuki.qrcodegen..", WEB);
    static final ArchRule JOOQ_SEULEMENT_DANS_PERSISTANCE = bibliothequeReservee("org.jooq..", PERSISTANCE);
    static final ArchRule FLYWAY_SEULEMENT_DANS_PERSISTANCE = bibliothequeReservee("org.flywaydb..", PERSISTANCE);
    static final ArchRule ARGON2_SEULEMENT_DANS_PERSISTANCE = bibliothequeReservee("de.mkammerer..", PERSISTANCE);
    /** zxcvbn (Maven group com.nulab-inc) lives in package com.nulabinc. */
    static final ArchRule ZXCVBN_SEULEMENT_DANS_PERSISTANCE = bibliothequeReservee("com.nulabinc..", PERSISTANCE);
    static final ArchRule JDBC_POSTGRES_SEULEMENT_DANS_PERSISTANCE = bibliothequeReservee("org.postgresql..", PERSISTANCE);
    static final ArchRule MAIL_SEULEMENT_DANS_MAIL = bibliothequeReservee("jakarta.mail..", MAIL);
    static final ArchRule HIKARI_SEULEMENT_DANS_PERSISTANCE = bibliothequeReservee("com.zaxxer..", PERSISTANCE);
    static final ArchRule POSTGRES_EMBARQUE_SEULEMENT_DANS_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("io.zonky..")
            .as("embedded PostgreSQL is used by bootstrap only")
            .allowEmptyShould(false);

    static final ArchRule AUCUN_ADAPTATEUR_NE_DEPEND_D_UN_AUTRE = slices()
            .matching(RACINE + ".adapters.(*)..")
            .should().notDependOnEachOther()
            .as("no adapter depends on another adapter")
            .allowEmptyShould(false);

    static final ArchRule RIEN_NE_DEPEND_DE_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .as("only bootstrap knows bootstrap")
            .allowEmptyShould(false);

    static final ArchRule LES_PORTS_ENTRANTS_IGNORENT_LES_PORTS_SORTANTS = noClasses()
            .that(PortsApplicatifs.ENTRANTS)
            .should().dependOnClassesThat(PortsApplicatifs.SORTANTS)
            .as("inbound ports do not depend on outbound ports")
            .allowEmptyShould(false);

    static final ArchRule LES_PORTS_SORTANTS_IGNORENT_LES_PORTS_ENTRANTS = noClasses()
            .that(PortsApplicatifs.SORTANTS)
            .should().dependOnClassesThat(PortsApplicatifs.ENTRANTS)
            .as("outbound ports do not depend on inbound ports")
            .allowEmptyShould(false);

    static final ArchRule AUCUN_NOM_EN_IMPL = noClasses().that().resideInAPackage(RACINE + "..")
            .should().haveSimpleNameEndingWith("Impl")
            .as("no *Impl class names")
            .allowEmptyShould(false);

    /**
     * Every package of every module is its own slice, so that any package cycle fails; the classes jOOQ generates
     * from the schema (schema ↔ tables ↔ records, by jOOQ's design) are not ours to arrange.
     */
    static final ArchRule AUCUN_CYCLE_ENTRE_PAQUETS = slices()
            .matching(RACINE + ".(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(CODE_GENERE), DescribedPredicate.alwaysTrue())
            .as("no package cycle in any module")
            .allowEmptyShould(false);

    /** The one assembly of the use cases; no other production class builds one. */
    static final ArchRule LES_CAS_D_USAGE_NE_SONT_CONSTRUITS_QUE_PAR_L_ASSEMBLAGE = noClasses()
            .that().doNotHaveFullyQualifiedName(ASSEMBLAGE)
            .should().callConstructorWhere(DescribedPredicate.describe("the constructor of a use case",
                    appel -> PortsApplicatifs.estCasDUsage(appel.getTargetOwner())
                            && !appel.getOriginOwner().equals(appel.getTargetOwner())))
            .as("use cases are constructed by " + ASSEMBLAGE + " only")
            .allowEmptyShould(false);

    static final ArchRule LE_DOMAINE_N_A_PAS_DE_SETTERS = noClasses().that().resideInAPackage(DOMAINE)
            .should(new AvoirUnSetterPublic())
            .as("domain classes have no public setters")
            .allowEmptyShould(false);

    static final List<ArchRule> REGLES = List.of(
            DOMAINE_NE_DEPEND_QUE_DU_JDK,
            APPLICATION_NE_DEPEND_QUE_DU_DOMAINE,
            JAVALIN_SEULEMENT_DANS_WEB,
            JACKSON_SEULEMENT_DANS_WEB,
            PDFBOX_SEULEMENT_DANS_WEB,
            FONTBOX_SEULEMENT_DANS_WEB,
            JTE_SEULEMENT_DANS_WEB,
            QRCODEGEN_SEULEMENT_DANS_WEB,
            JOOQ_SEULEMENT_DANS_PERSISTANCE,
            FLYWAY_SEULEMENT_DANS_PERSISTANCE,
            ARGON2_SEULEMENT_DANS_PERSISTANCE,
            ZXCVBN_SEULEMENT_DANS_PERSISTANCE,
            JDBC_POSTGRES_SEULEMENT_DANS_PERSISTANCE,
            MAIL_SEULEMENT_DANS_MAIL,
            HIKARI_SEULEMENT_DANS_PERSISTANCE,
            POSTGRES_EMBARQUE_SEULEMENT_DANS_BOOTSTRAP,
            AUCUN_ADAPTATEUR_NE_DEPEND_D_UN_AUTRE,
            RIEN_NE_DEPEND_DE_BOOTSTRAP,
            LES_PORTS_ENTRANTS_IGNORENT_LES_PORTS_SORTANTS,
            LES_PORTS_SORTANTS_IGNORENT_LES_PORTS_ENTRANTS,
            AUCUN_NOM_EN_IMPL,
            AUCUN_CYCLE_ENTRE_PAQUETS,
            LES_CAS_D_USAGE_NE_SONT_CONSTRUITS_QUE_PAR_L_ASSEMBLAGE,
            LE_DOMAINE_N_A_PAS_DE_SETTERS);

    /** A library may be used by its adapter and by bootstrap (which wires it), by nobody else. */
    private static ArchRule bibliothequeReservee(String bibliotheque, String adaptateur) {
        return noClasses()
                .that().resideOutsideOfPackages(adaptateur, BOOTSTRAP)
                .should().dependOnClassesThat().resideInAPackage(bibliotheque)
                .as(bibliotheque + " is used only in " + adaptateur + " and bootstrap")
                .allowEmptyShould(false);
    }

    private Architecture() {
    }

    /**
     * Inbound ports are the application interfaces that a class of the application implements (the use case
     * and its {@code …Service}); outbound ports are the application interfaces only adapters implement.
     */
    static final class PortsApplicatifs {

        static final DescribedPredicate<JavaClass> ENTRANTS = DescribedPredicate.describe("inbound ports",
                classe -> estInterfaceApplicative(classe) && estImplementeeDansApplication(classe));

        static final DescribedPredicate<JavaClass> SORTANTS = DescribedPredicate.describe("outbound ports",
                classe -> estInterfaceApplicative(classe) && !estImplementeeDansApplication(classe));

        /**
         * A use case: a {@code …Service} class of the application implementing an inbound port (not the records
         * that implement a port's result type, such as {@code SeConnecter.Resultat.Refusee}).
         */
        static boolean estCasDUsage(JavaClass classe) {
            return !classe.isInterface() && classe.getSimpleName().endsWith("Service")
                    && classe.getPackageName().startsWith(RACINE + ".application")
                    && classe.getAllRawInterfaces().stream().anyMatch(ENTRANTS);
        }

        private static boolean estInterfaceApplicative(JavaClass classe) {
            return classe.isInterface() && classe.getPackageName().startsWith(RACINE + ".application")
                    && classe.getModifiers().contains(JavaModifier.PUBLIC);
        }

        private static boolean estImplementeeDansApplication(JavaClass classe) {
            return classe.getAllSubclasses().stream()
                    .anyMatch(sousClasse -> !sousClasse.isInterface()
                            && sousClasse.getPackageName().startsWith(RACINE + ".application"));
        }

        private PortsApplicatifs() {
        }
    }
}
