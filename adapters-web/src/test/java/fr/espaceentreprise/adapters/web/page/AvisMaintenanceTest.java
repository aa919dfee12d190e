package fr.espaceentreprise.adapters.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvisMaintenanceTest {

    @Test
    void a_maintenance_in_force_is_told_in_the_page_language_and_none_tells_nothing() {
        Maintenance faq = new Maintenance(true, Set.of(Rubrique.FAQ), "FAQ en travaux.", "FAQ under works.");

        assertEquals(Optional.of("FAQ under works."), new AvisMaintenance(() -> faq).message(Langue.EN));
        assertEquals(Optional.empty(), new AvisMaintenance(() -> Maintenance.AUCUNE).message(Langue.FR));
    }

    @Test
    void a_state_that_cannot_be_read_leaves_the_page_without_notice_rather_than_without_page() {
        AvisMaintenance avis = new AvisMaintenance(() -> {
            throw new IllegalStateException("database down");
        });

        assertEquals(Optional.empty(), avis.message(Langue.FR));
    }
}
