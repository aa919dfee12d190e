package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link NumerosUrgenceRepository}: one number per zone and one management centre, each replaced in place. */
public abstract class NumerosUrgenceRepositoryContract extends PortContract {

    private static final NumeroZone EUROPE = NumeroZone.saisir(ZoneUrgence.EUROPE, new Telephone("+33 1 55 92 40 00"),
            "Joignable 24 h/24.", "Open 24/7.");
    private static final NumeroZone ASIE = NumeroZone.saisir(ZoneUrgence.ASIE, new Telephone("+65 6310 0250"),
            "Plateau de Singapour.", "Singapore desk.");

    private NumerosUrgenceRepository numeros() {
        return stockage().numerosUrgence();
    }

    private void enregistrer(NumeroZone... numeros) {
        enTransaction(() -> {
            for (NumeroZone numero : numeros) {
                numeros().enregistrer(numero);
            }
        });
    }

    private Map<ZoneUrgence, NumeroZone> zones() {
        return enTransaction(() -> numeros().zones());
    }

    private Optional<CentreDeGestion> centre() {
        return enTransaction(() -> numeros().centreDeGestion());
    }

    @Test
    void lists_the_zones_that_have_a_number_each_with_its_number_and_notes() {
        assertEquals(Map.of(), zones());

        enregistrer(EUROPE, ASIE);

        assertEquals(Map.of(ZoneUrgence.EUROPE, EUROPE, ZoneUrgence.ASIE, ASIE), zones());
    }

    @Test
    void a_zone_number_saved_again_replaces_the_old_one_in_place() {
        enregistrer(EUROPE, ASIE);
        NumeroZone nouveau = NumeroZone.saisir(ZoneUrgence.ASIE, new Telephone("+852 2100 0000"), "Hong Kong",
                "Hong Kong");

        enregistrer(nouveau);

        assertEquals(Map.of(ZoneUrgence.EUROPE, EUROPE, ZoneUrgence.ASIE, nouveau), zones());
    }

    @Test
    void the_management_centre_is_none_until_saved_then_replaced_in_place() {
        CentreDeGestion premier = CentreDeGestion.saisir(new Telephone("+33 2 54 45 56 77"), "Blois", "Blois");
        CentreDeGestion second = CentreDeGestion.saisir(new Telephone("02 41 00 00 00"), "Angers", "Angers");
        assertEquals(Optional.empty(), centre());

        enTransaction(() -> numeros().enregistrer(premier));
        assertEquals(Optional.of(premier), centre());
        enTransaction(() -> numeros().enregistrer(second));

        assertEquals(Optional.of(second), centre());
    }
}
