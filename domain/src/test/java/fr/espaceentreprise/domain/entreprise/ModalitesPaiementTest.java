package fr.espaceentreprise.domain.entreprise;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.Iban;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModalitesPaiementTest {

    private static final Iban IBAN = new Iban(UneEntreprise.IBAN);
    private static final Bic BIC = new Bic(UneEntreprise.BIC);

    @Test
    void a_direct_debit_keeps_its_bank_details_and_periodicity() {
        ModalitesPaiement modalites = new ModalitesPaiement(ModePaiement.PRELEVEMENT, IBAN, BIC, Periodicite.MENSUELLE);

        assertEquals(ModePaiement.PRELEVEMENT, modalites.mode());
        assertEquals(IBAN, modalites.iban());
        assertEquals(BIC, modalites.bic());
        assertEquals(Periodicite.MENSUELLE, modalites.periodicite());
    }

    @Test
    void a_direct_debit_needs_an_iban() {
        assertValeurInvalide("modalitesPaiement.iban.obligatoire", "iban",
                () -> new ModalitesPaiement(ModePaiement.PRELEVEMENT, null, BIC, Periodicite.MENSUELLE));
    }

    @Test
    void a_direct_debit_needs_a_bic() {
        assertValeurInvalide("modalitesPaiement.bic.obligatoire", "bic",
                () -> new ModalitesPaiement(ModePaiement.PRELEVEMENT, IBAN, null, Periodicite.MENSUELLE));
    }

    @Test
    void a_transfer_needs_no_bank_details() {
        ModalitesPaiement modalites = ModalitesPaiement.virement(Periodicite.ANNUELLE);

        assertEquals(ModePaiement.VIREMENT, modalites.mode());
        assertNull(modalites.iban());
        assertNull(modalites.bic());
        assertTrue(modalites.ibanMasque().isEmpty());
    }

    @Test
    void a_transfer_may_carry_bank_details_all_the_same() {
        ModalitesPaiement modalites = new ModalitesPaiement(ModePaiement.VIREMENT, IBAN, null, Periodicite.ANNUELLE);

        assertEquals(IBAN, modalites.iban());
        assertTrue(modalites.ibanMasque().isPresent());
    }

    @Test
    void the_mode_is_required() {
        assertValeurInvalide("champ.obligatoire", "modePaiement",
                () -> new ModalitesPaiement(null, IBAN, BIC, Periodicite.MENSUELLE));
    }

    @ParameterizedTest
    @EnumSource(ModePaiement.class)
    void the_periodicity_is_required_whatever_the_mode(ModePaiement mode) {
        assertValeurInvalide("champ.obligatoire", "periodicite",
                () -> new ModalitesPaiement(mode, IBAN, BIC, null));
    }

    @Test
    void the_masked_iban_shows_only_its_last_four_characters() {
        String masque = ModalitesPaiement.prelevement(IBAN, BIC, Periodicite.MENSUELLE).ibanMasque().orElseThrow();

        assertEquals(IBAN.masque(), masque);
        assertTrue(masque.replace(" ", "").endsWith("2606"));
        assertFalse(masque.replace(" ", "").contains("20041010"));
    }
}
