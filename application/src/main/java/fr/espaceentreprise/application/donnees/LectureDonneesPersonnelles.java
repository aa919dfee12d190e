package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the portal keeps about one user beside his account, for the export of his personal data. */
public interface LectureDonneesPersonnelles {

    /** Every acceptance of the CGU, oldest first. */
    List<AcceptationCgu> acceptationsCgu(UtilisateurId utilisateurId);

    /** His sessions still stored, newest first; never their token nor its hash. */
    List<SessionResume> sessions(UtilisateurId utilisateurId);

    /** The audit lines about him (logins, failures, password changes…), newest first. */
    List<EvenementAudit> journal(UtilisateurId utilisateurId);

    /** The demandes he submitted, newest first. */
    List<DemandeId> demandesDe(UtilisateurId utilisateurId);

    /** The address he last confirmed, and his last successful login. */
    Optional<String> emailConfirme(UtilisateurId utilisateurId);

    Optional<Instant> derniereConnexion(UtilisateurId utilisateurId);

    record SessionResume(Instant ouverteLe, Instant derniereActivite, Optional<Instant> revoqueeLe) {
    }
}
