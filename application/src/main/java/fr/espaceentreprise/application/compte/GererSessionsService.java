package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class GererSessionsService implements GererSessions {

    static final String INTROUVABLE = "session.introuvable";

    private final UtilisateurRepository utilisateurs;
    private final SessionRepository sessions;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public GererSessionsService(UtilisateurRepository utilisateurs, SessionRepository sessions, JournalAudit journal,
                                ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.sessions = sessions;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public List<SessionOuverte> lister(SessionAuthentifiee session) {
        exigerTitulaire(session);
        Instant maintenant = horloge.instant();
        return transactions.enTransaction(() -> sessions.vivantesDe(session.utilisateurId(), maintenant)).stream()
                .map(ouverte -> new SessionOuverte(ouverte.id(), ouverte.ouverteLe(), ouverte.derniereActivite(),
                        ouverte.ip(), ouverte.navigateur(), ouverte.id().equals(session.sessionId())))
                .toList();
    }

    @Override
    public void fermer(SessionAuthentifiee session, SessionId id, AdresseIp ip) {
        exigerTitulaire(session);
        Instant maintenant = horloge.instant();
        transactions.enTransaction(() -> {
            Optional<SessionUtilisateur> cible = sessions.trouver(id)
                    .filter(trouvee -> trouvee.utilisateurId().equals(session.utilisateurId()))
                    .filter(trouvee -> trouvee.estActiveLe(maintenant));
            if (cible.isEmpty()) {
                throw new IntrouvableException(INTROUVABLE);
            }
            sessions.revoquer(id, maintenant);
            auditer(session, ip, maintenant, "session=" + id);
        });
    }

    @Override
    public int fermerLesAutres(SessionAuthentifiee session, AdresseIp ip) {
        exigerTitulaire(session);
        Instant maintenant = horloge.instant();
        return transactions.enTransaction(() -> {
            int autres = (int) sessions.vivantesDe(session.utilisateurId(), maintenant).stream()
                    .filter(ouverte -> !ouverte.id().equals(session.sessionId())).count();
            sessions.revoquerToutes(session.utilisateurId(), Optional.of(session.sessionId()), maintenant);
            auditer(session, ip, maintenant, "autres=" + autres);
            return autres;
        });
    }

    private void exigerTitulaire(SessionAuthentifiee session) {
        session.exigerSessionInteractive();
        acces.exigerEspace(session.acteur());
    }

    private void auditer(SessionAuthentifiee session, AdresseIp ip, Instant instant, String detail) {
        Utilisateur utilisateur = utilisateurs.trouver(session.utilisateurId()).orElseThrow(Introuvable::exception);
        journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.SESSIONS_FERMEES, instant, utilisateur.id(),
                utilisateur.numeroAdherent(), ip, detail));
    }
}
