package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;

/** The user asks, in his own words, for the personal data the portal holds about him to be corrected. */
public record RectificationDonnees(String message) implements ContenuDemande {

    public RectificationDonnees {
        message = Verifications.texte(message, "message", Demande.MESSAGE_MAX);
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.RECTIFICATION_DONNEES;
    }
}
