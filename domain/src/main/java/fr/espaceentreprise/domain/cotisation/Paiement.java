package fr.espaceentreprise.domain.cotisation;

import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.LocalDate;

/** Money received against a contribution call, on a date; reference (the bank's, optional) at most 140 characters as in SEPA. */
public record Paiement(LocalDate date, Montant montant, String reference) {

    public static final int REFERENCE_MAX = 140;

    public Paiement {
        Verifications.nonNul(date, "datePaiement");
        Verifications.nonNul(montant, "montant");
        if (montant.estNul()) {
            throw new ValeurInvalideException("cotisation.paiement.montant.invalide", "montant");
        }
        reference = reference == null || reference.isBlank()
                ? null
                : Verifications.texte(reference, "reference", REFERENCE_MAX);
    }
}
