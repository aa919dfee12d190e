package fr.espaceentreprise.domain.entreprise;

import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Optional;

/**
 * How an Entreprise pays its contributions. A direct debit (prélèvement) cannot be drawn without the account's
 * IBAN and BIC; a transfer (virement) is made by the Entreprise itself, so its bank details are optional.
 */
public record ModalitesPaiement(ModePaiement mode, Iban iban, Bic bic, Periodicite periodicite) {

    public ModalitesPaiement {
        Verifications.nonNul(mode, "modePaiement");
        Verifications.nonNul(periodicite, "periodicite");
        if (mode == ModePaiement.PRELEVEMENT) {
            if (iban == null) {
                throw new ValeurInvalideException("modalitesPaiement.iban.obligatoire", "iban");
            }
            if (bic == null) {
                throw new ValeurInvalideException("modalitesPaiement.bic.obligatoire", "bic");
            }
        }
    }

    public static ModalitesPaiement prelevement(Iban iban, Bic bic, Periodicite periodicite) {
        return new ModalitesPaiement(ModePaiement.PRELEVEMENT, iban, bic, periodicite);
    }

    public static ModalitesPaiement virement(Periodicite periodicite) {
        return new ModalitesPaiement(ModePaiement.VIREMENT, null, null, periodicite);
    }

    /** The IBAN as it may be shown on a screen or in a mail: only its last characters readable. */
    public Optional<String> ibanMasque() {
        return Optional.ofNullable(iban).map(Iban::masque);
    }
}
