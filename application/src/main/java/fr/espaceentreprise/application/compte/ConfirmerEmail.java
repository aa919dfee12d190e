package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.CodeConfirmationEmail;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import java.util.Objects;
import java.util.Set;

/**
 * The user types the code received by mail, proving the address is theirs. Refusals, all on field {@value #CHAMP}:
 * ValeurInvalideException "email.code.invalide" (not 6 digits; costs no attempt); RegleMetierException
 * "email.code.incorrect" {essaisRestants}, "email.code.epuise" (5th wrong one), "email.code.expire" (after
 * 10 minutes), "email.code.absent" (none sent, or already used): the last three call for a new code.
 */
public interface ConfirmerEmail {

    String CHAMP = "code";

    /** @return the steps still pending in this session */
    Set<EtapeObligatoire> confirmer(Commande commande);

    record Commande(SessionAuthentifiee session, String code, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(ip, "ip");
            code = code == null ? "" : code.strip();
            if (code.length() != CodeConfirmationEmail.CHIFFRES || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new ValeurInvalideException("email.code.invalide", CHAMP);
            }
        }

        @Override
        public String toString() {
            return "ConfirmerEmail.Commande[session=" + session.sessionId() + "]";
        }
    }
}
