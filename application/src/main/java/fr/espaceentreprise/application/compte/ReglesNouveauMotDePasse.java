package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.PolitiqueMotDePasse;
import fr.espaceentreprise.domain.compte.Utilisateur;

/** A password a user chooses: the length policy first (cheap, before any hashing), then guessability. */
final class ReglesNouveauMotDePasse {

    private final RobustesseMotDePasse robustesse;
    private final DonneesPersonnelles donneesPersonnelles;

    ReglesNouveauMotDePasse(RobustesseMotDePasse robustesse, DonneesPersonnelles donneesPersonnelles) {
        this.robustesse = robustesse;
        this.donneesPersonnelles = donneesPersonnelles;
    }

    void verifier(char[] motDePasse, String champ, Utilisateur utilisateur) {
        PolitiqueMotDePasse.verifierLongueur(motDePasse, champ);
        if (robustesse.estTropPrevisible(motDePasse, donneesPersonnelles.de(utilisateur))) {
            throw new ValeurInvalideException(PolitiqueMotDePasse.TROP_PREVISIBLE, champ);
        }
    }
}
