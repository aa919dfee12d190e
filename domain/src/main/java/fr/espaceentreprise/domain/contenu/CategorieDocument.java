package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.util.Arrays;

/** The rubrique Téléchargement's categories, in the order the page shows them. */
public enum CategorieDocument {
    /** Guides on expatriation and social protection. */
    GUIDE_PRATIQUE,
    /** What an entreprise needs to pay its contributions (direct debit mandate, transfer details…). */
    PAIEMENT_COTISATIONS,
    /** Medical questionnaires of the expatriate pack. */
    QUESTIONNAIRE_MEDICAL,
    /** Claim forms for care received abroad. */
    FEUILLE_DE_SOINS,
    /** Demandes d'entente préalable: the insurer's agreement asked before some care. */
    ENTENTE_PREALABLE;

    /** By its exact name; anything else → "document.categorie.invalide" on "categorie". */
    public static CategorieDocument de(String nom) {
        return Arrays.stream(values())
                .filter(categorie -> categorie.name().equals(nom == null ? null : nom.strip()))
                .findFirst()
                .orElseThrow(() -> new ValeurInvalideException("document.categorie.invalide", "categorie"));
    }
}
