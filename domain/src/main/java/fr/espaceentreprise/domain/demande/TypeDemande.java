package fr.espaceentreprise.domain.demande;

/** What a Demande asks for; each type carries its own {@link ContenuDemande}. */
public enum TypeDemande {
    CHANGEMENT_GARANTIE,
    AFFILIATION_SALARIE,
    MAJ_ENTREPRISE,
    MAJ_SALARIE,
    MAJ_MODALITES_PAIEMENT,
    MAJ_SALAIRE_REFERENCE,
    MAJ_PAYS_EXPATRIATION,
    RADIATION_SALARIE,
    AUTRE,
    /** The user asks for his personal data to be corrected (free text). */
    RECTIFICATION_DONNEES,
    /** The user asks for his own access to be suspended or deleted. */
    SUPPRESSION_ACCES;

    /** About the person who asks (his data, his access), not about a company's contracts or employees. */
    public boolean concerneLAuteur() {
        return this == RECTIFICATION_DONNEES || this == SUPPRESSION_ACCES;
    }
}
