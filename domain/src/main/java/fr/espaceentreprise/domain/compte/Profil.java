package fr.espaceentreprise.domain.compte;

/** What an account is attached to: an entreprise, a mandataire, or the back office (gestionnaire). */
public enum Profil {
    ENTREPRISE,
    MANDATAIRE,
    GESTIONNAIRE
}
