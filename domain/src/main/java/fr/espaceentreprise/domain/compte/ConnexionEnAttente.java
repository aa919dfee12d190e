package fr.espaceentreprise.domain.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login whose password was right, waiting for the second factor's code on the next page. Nothing is opened yet:
 * a temporary password is spent, and a session opened, only once the code is right.
 *
 * @param parMotDePasseProvisoire the password typed was the temporary one
 */
public record ConnexionEnAttente(UtilisateurId utilisateurId, boolean parMotDePasseProvisoire, Instant expireLe) {

    public static final Duration VALIDITE = Duration.ofMinutes(5);

    public ConnexionEnAttente {
        Objects.requireNonNull(utilisateurId, "utilisateurId");
        Objects.requireNonNull(expireLe, "expireLe");
    }

    public static ConnexionEnAttente apres(UtilisateurId utilisateurId, boolean parMotDePasseProvisoire,
                                           Instant instant) {
        return new ConnexionEnAttente(utilisateurId, parMotDePasseProvisoire, instant.plus(VALIDITE));
    }

    public boolean estValideLe(Instant instant) {
        return instant.isBefore(expireLe);
    }
}
