package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The user's own second factor: enrolling one (the first, or a new phone), his recovery codes, proving again he
 * holds it before a sensitive change. Through a session, never an API token (InterditException
 * "acces.session_requise"). Enrolling while a factor is active, and new recovery codes, need the factor checked in
 * the last ten minutes (InterditException "acces.reauthentification_requise"): a stolen session must not become a
 * stolen account.
 */
public interface GererSecondFacteur {

    Etat consulter(SessionAuthentifiee session);

    /** A new secret, waiting for a first code from the app; a previous enrolment not confirmed is forgotten. */
    Enrolement commencer(SessionAuthentifiee session, AdresseIp ip);

    /**
     * The code proves the app computes the same codes: the factor is active (replacing the previous one and its
     * recovery codes), the session counts as checked, and ten recovery codes are given, this once.
     * RegleMetierException "secondFacteur.code_incorrect" (field code), "secondFacteur.enrolement_expire",
     * "secondFacteur.aucun_enrolement".
     */
    Activation confirmer(SessionAuthentifiee session, String code, AdresseIp ip);

    /** Ten new recovery codes; the previous ones are worth nothing any more. */
    List<String> regenererCodesDeSecours(SessionAuthentifiee session, AdresseIp ip);

    /**
     * Proves again that the user holds his factor (before creating an API token, say). A wrong code counts as a
     * failed login attempt: RegleMetierException "secondFacteur.code_incorrect" (field code), or
     * TropDeTentativesException while the account is throttled.
     */
    void reverifier(SessionAuthentifiee session, String code, AdresseIp ip);

    /**
     * @param exige whether the policy requires one of this user
     */
    record Etat(Optional<Instant> actifDepuis, long codesDeSecoursDisponibles, boolean exige,
                boolean verifieRecemment) {

        public boolean actif() {
            return actifDepuis.isPresent();
        }
    }

    /**
     * @param secret the secret in base 32, for typing it into the app by hand
     * @param uri    the {@code otpauth://} URI the QR code carries
     */
    record Enrolement(String secret, String uri) {

        public Enrolement {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String toString() {
            return "Enrolement[]";
        }
    }

    /** @param codesDeSecours shown this once, to keep apart from the phone */
    record Activation(List<String> codesDeSecours, Set<EtapeObligatoire> etapesRestantes) {

        public Activation {
            codesDeSecours = List.copyOf(codesDeSecours);
            Objects.requireNonNull(etapesRestantes, "etapesRestantes");
        }

        @Override
        public String toString() {
            return "Activation[etapesRestantes=" + etapesRestantes + "]";
        }
    }
}
