package fr.espaceentreprise.domain.cotisation;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.espaceentreprise.domain.commun.Montant;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaiementTest {

    private static final LocalDate DATE = LocalDate.of(2024, 4, 2);

    @Test
    void a_payment_keeps_its_date_amount_and_trimmed_reference() {
        Paiement paiement = new Paiement(DATE, Montant.centimes(1), "  VIR-123  ");

        assertEquals(DATE, paiement.date());
        assertEquals(Montant.centimes(1), paiement.montant());
        assertEquals("VIR-123", paiement.reference());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_payment_without_reference_has_none(String reference) {
        assertNull(new Paiement(DATE, Montant.euros("10"), reference).reference());
    }

    @Test
    void a_payment_of_nothing_is_refused() {
        assertValeurInvalide("cotisation.paiement.montant.invalide", "montant",
                () -> new Paiement(DATE, Montant.ZERO, null));
    }

    @Test
    void a_payment_needs_a_date_and_an_amount() {
        assertValeurInvalide("champ.obligatoire", "datePaiement", () -> new Paiement(null, Montant.euros("10"), null));
        assertValeurInvalide("champ.obligatoire", "montant", () -> new Paiement(DATE, null, null));
    }

    @Test
    void a_reference_is_at_most_140_characters() {
        assertEquals(140, new Paiement(DATE, Montant.euros("10"), "R".repeat(140)).reference().length());
        var erreur = assertValeurInvalide("champ.trop_long", "reference",
                () -> new Paiement(DATE, Montant.euros("10"), "R".repeat(141)));
        assertEquals(Map.of("max", 140), erreur.parametres());
    }
}
