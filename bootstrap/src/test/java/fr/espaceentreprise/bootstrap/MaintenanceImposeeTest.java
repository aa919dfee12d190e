package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaintenanceImposeeTest {

    @Test
    void without_the_variable_the_environment_imposes_nothing() {
        assertEquals(Optional.empty(), Configuration.depuis(Map.of()).maintenanceImposee());
        assertEquals(Optional.empty(), Configuration.depuis(Map.of("ESPACE_MAINTENANCE", " ")).maintenanceImposee());
    }

    @Test
    void tout_closes_the_whole_space_with_the_messages_given() {
        Configuration configuration = Configuration.depuis(Map.of("ESPACE_MAINTENANCE", "TOUT",
                "ESPACE_MAINTENANCE_MESSAGE_FR", "Incident en cours.",
                "ESPACE_MAINTENANCE_MESSAGE_EN", "Ongoing incident."));

        assertEquals(Optional.of(new Maintenance(true, Set.of(), "Incident en cours.", "Ongoing incident.")),
                configuration.maintenanceImposee());
    }

    @Test
    void a_comma_list_closes_those_rubriques_with_a_generic_message_by_default() {
        Maintenance imposee = Configuration.depuis(Map.of("ESPACE_MAINTENANCE", "cotisations, demandes,"))
                .maintenanceImposee().orElseThrow();

        assertEquals(Set.of(Rubrique.COTISATIONS, Rubrique.DEMANDES), imposee.rubriques());
        assertEquals(MaintenanceImposee.MESSAGE_FR_PAR_DEFAUT, imposee.messageFr());
        assertEquals(MaintenanceImposee.MESSAGE_EN_PAR_DEFAUT, imposee.messageEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gestion", "cotisations,inconnue", ",", "oui"})
    void an_unknown_rubrique_stops_the_start_naming_the_variable(String valeur) {
        ConfigurationInvalideException refus = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of("ESPACE_MAINTENANCE", valeur)));

        assertTrue(refus.getMessage().contains("ESPACE_MAINTENANCE"), refus.getMessage());
    }

    @Test
    void a_message_too_long_stops_the_start_naming_its_variable() {
        ConfigurationInvalideException refus = assertThrows(ConfigurationInvalideException.class,
                () -> Configuration.depuis(Map.of("ESPACE_MAINTENANCE", "tout",
                        "ESPACE_MAINTENANCE_MESSAGE_EN", "x".repeat(501))));

        assertTrue(refus.getMessage().contains("ESPACE_MAINTENANCE_MESSAGE_EN"), refus.getMessage());
    }
}
