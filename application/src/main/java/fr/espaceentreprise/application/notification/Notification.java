package fr.espaceentreprise.application.notification;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail to send, as queued in the outbox in the same transaction as the change that causes it. It holds
 * no secret: {@code parametres} are values safe to store (a numéro d'adhérent, a name, a motif); a secret is
 * added at dispatch by {@link SecretsDeNotification}.
 *
 * @param utilisateurId the account concerned, when there is one (needed to produce a secret)
 */
public record Notification(
        TypeNotification type,
        Email destinataire,
        Langue langue,
        Optional<UtilisateurId> utilisateurId,
        Map<String, String> parametres) {

    public Notification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(destinataire, "destinataire");
        Objects.requireNonNull(langue, "langue");
        Objects.requireNonNull(utilisateurId, "utilisateurId");
        parametres = Map.copyOf(parametres);
        if (type.porteUnSecret() && utilisateurId.isEmpty()) {
            throw new IllegalArgumentException(type + " needs the account its secret belongs to");
        }
    }
}
