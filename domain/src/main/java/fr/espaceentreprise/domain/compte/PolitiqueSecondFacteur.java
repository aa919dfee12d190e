package fr.espaceentreprise.domain.compte;

/**
 * Whether front-office users must enrol a second factor. Gestionnaires always must: the back office reaches every
 * company's data.
 */
public enum PolitiqueSecondFacteur {
    /** Every user enrols one at his next login, before anything else. */
    OBLIGATOIRE,
    /** Offered in "Mon compte"; asked at login only of those who enrolled one. */
    PROPOSE;

    public boolean exigePour(Profil profil) {
        return this == OBLIGATOIRE || profil == Profil.GESTIONNAIRE;
    }
}
