package fr.espaceentreprise.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
    @MethodSource("regles")
    void production_classes_follow_the_rule(ArchRule regle) {
        regle.check(production);
    }
}
