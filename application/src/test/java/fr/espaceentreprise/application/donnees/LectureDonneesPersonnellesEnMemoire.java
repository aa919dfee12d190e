package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.compte.CguEnMemoire;
import fr.espaceentreprise.application.compte.IdentifiantsEnMemoire;
import fr.espaceentreprise.application.compte.JournalEnMemoire;
import fr.espaceentreprise.application.compte.SessionsEnMemoire;
import fr.espaceentreprise.application.demande.DemandesEnMemoire;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the other fakes hold about one user, read as the real query does. */
public final class LectureDonneesPersonnellesEnMemoire implements LectureDonneesPersonnelles {

    private final CguEnMemoire cgu;
    private final SessionsEnMemoire sessions;
    private final JournalEnMemoire journal;
    private final DemandesEnMemoire demandes;
    private final IdentifiantsEnMemoire identifiants;

    public LectureDonneesPersonnellesEnMemoire(CguEnMemoire cgu, SessionsEnMemoire sessions,
            JournalEnMemoire journal, DemandesEnMemoire demandes, IdentifiantsEnMemoire identifiants) {
        this.cgu = cgu;
        this.sessions = sessions;
        this.journal = journal;
        this.demandes = demandes;
        this.identifiants = identifiants;
    }

    @Override
    public List<AcceptationCgu> acceptationsCgu(UtilisateurId id) {
        return cgu.acceptations().stream().filter(acceptation -> acceptation.utilisateurId().equals(id))
                .sorted(Comparator.comparing(AcceptationCgu::accepteeLe)
                        .thenComparing(AcceptationCgu::version, OrdreSql.TEXTE))
                .toList();
    }

    @Override
    public List<SessionResume> sessions(UtilisateurId id) {
        return sessions.tous().stream().filter(session -> session.utilisateurId().equals(id))
                .sorted(Comparator.comparing(SessionUtilisateur::ouverteLe).reversed())
                .map(session -> new SessionResume(session.ouverteLe(), session.derniereActivite(),
                        session.revoqueeLe()))
                .toList();
    }

    @Override
    public List<EvenementAudit> journal(UtilisateurId id) {
        return journal.evenements().stream()
                .filter(evenement -> evenement.utilisateurId().equals(Optional.of(id)))
                .sorted(Comparator.comparing(EvenementAudit::instant)
                        .thenComparing(EvenementAudit::id, OrdreSql.UUID).reversed())
                .toList();
    }

    @Override
    public List<DemandeId> demandesDe(UtilisateurId id) {
        return demandes.tous().stream().filter(demande -> demande.auteur().equals(id))
                .sorted(Comparator.comparing(Demande::soumiseLe)
                        .thenComparing(demande -> demande.id().valeur(), OrdreSql.UUID).reversed())
                .map(Demande::id)
                .toList();
    }

    @Override
    public Optional<String> emailConfirme(UtilisateurId id) {
        return identifiants.trouverParUtilisateur(id).flatMap(Identifiants::emailConfirme).map(Email::valeur);
    }

    @Override
    public Optional<Instant> derniereConnexion(UtilisateurId id) {
        return identifiants.trouverParUtilisateur(id).flatMap(Identifiants::derniereConnexion);
    }
}
