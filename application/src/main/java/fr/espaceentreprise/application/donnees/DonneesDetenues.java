package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.donnees.LectureDonneesPersonnelles.SessionResume;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.Demande;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the portal holds about one user, as he may download it: never a secret (no password or code hash,
 * no session token nor its hash).
 *
 * @param rattachement   the entreprise or mandataire the account acts for
 * @param emailConfirme  the address he last confirmed with a code
 * @param journal        the audit lines about him, newest first
 * @param demandes       the demandes he submitted, with their history, newest first
 */
public record DonneesDetenues(Utilisateur compte, Optional<Rattachement> rattachement, Optional<String> emailConfirme,
                              Optional<Instant> derniereConnexion, List<AcceptationCgu> acceptationsCgu,
                              ConsentementProspection consentementProspection, List<SessionResume> sessions,
                              List<EvenementAudit> journal, List<Demande> demandes) {

    public DonneesDetenues {
        acceptationsCgu = List.copyOf(acceptationsCgu);
        sessions = List.copyOf(sessions);
        journal = List.copyOf(journal);
        demandes = List.copyOf(demandes);
    }

    /** @param type ENTREPRISE or MANDATAIRE */
    public record Rattachement(String type, String id, String raisonSociale, NumeroAdherent numeroAdherent) {
    }
}
