package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;

/**
 * The user asks for his own account to be suspended or deleted; validated, the back office applies it to the
 * author's account. The message, optional, says why.
 */
public record SuppressionAcces(ActionAcces action, String message) implements ContenuDemande {

    public SuppressionAcces {
        Verifications.nonNul(action, "action");
        message = message == null || message.isBlank() ? null
                : Verifications.texte(message, "message", Demande.MESSAGE_MAX);
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.SUPPRESSION_ACCES;
    }
}
