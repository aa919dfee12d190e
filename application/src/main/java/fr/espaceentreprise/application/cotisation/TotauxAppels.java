package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.commun.Montant;

/** The sums over every appel a filter matches, all pages together. */
public record TotauxAppels(Montant appele, Montant paye) {

    public static final TotauxAppels ZERO = new TotauxAppels(Montant.ZERO, Montant.ZERO);

    public Montant restant() {
        return appele.moins(paye);
    }
}
