package fr.espaceentreprise.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importer() {
        production = Architecture.classesDeProduction();
    }

    static Stream<ArchRule> regles() {
        return Architecture.REGLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"domain", "application", "adapters.web",
        "adapters.persistence", "bootstrap"})
    void the_rules_see_the_classes_of_every_module(String module) {
        String paquet = Architecture.RACINE + "." + module + ".";
        assertTrue(production.stream().anyMatch(classe -> classe.getName().startsWith(paquet)),
                () -> "no production class imported from " + paquet);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regles")
    void production_classes_follow_the_rule(ArchRule regle) {
        regle.check(production);
    }
}
