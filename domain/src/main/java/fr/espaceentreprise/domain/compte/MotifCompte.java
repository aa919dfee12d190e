package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Locale;

/** Why the back office suspends or deletes an account: the closed list the gestionnaire chooses from. */
public enum MotifCompte {
    /** The user asked for it himself. */
    DEMANDE_UTILISATEUR,
    /** Use of the space against its terms of use. */
    UTILISATION_NON_CONFORME,
    /** Fraudulent use, attempted intrusion or stolen credentials. */
    FRAUDE,
    /** No contract nor mandate binds the user's company to the insurers any more. */
    FIN_RELATIONS_CONTRACTUELLES;

    public static final String CHAMP = "motif";

    /** The motif named {@code code} (any case); blank → "champ.obligatoire", unknown → "compte.motif.invalide". */
    public static MotifCompte de(String code) {
        String texte = Verifications.obligatoire(code, CHAMP).strip().toUpperCase(Locale.ROOT);
        for (MotifCompte motif : values()) {
            if (motif.name().equals(texte)) {
                return motif;
            }
        }
        throw new ValeurInvalideException("compte.motif.invalide", CHAMP);
    }
}
