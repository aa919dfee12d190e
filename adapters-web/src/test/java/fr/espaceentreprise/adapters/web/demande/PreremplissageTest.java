package fr.espaceentreprise.adapters.web.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreremplissageTest {

    @ParameterizedTest(name = "{0} cents → \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "0|0,00|0.00",
        "5|0,05|0.05",
        "450000|4 500,00|4500.00",
        "12310050|123 100,50|123100.50",
        "100000000|1 000 000,00|1000000.00"})
    void an_amount_is_prefilled_as_its_language_types_it_and_reads_back_the_same(long centimes, String francais,
            String anglais) {
        Montant montant = Montant.centimes(centimes);

        assertEquals(francais, Preremplissage.euros(montant, Langue.FR));
        assertEquals(anglais, Preremplissage.euros(montant, Langue.EN));
        assertEquals(montant, Montant.euros(francais));
        assertEquals(montant, Montant.euros(anglais));
    }
}
