package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

public final class AccepterCguService implements AccepterCgu {

    private final CguRepository cgu;
    private final UtilisateurRepository utilisateurs;
    private final SessionRepository sessions;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public AccepterCguService(CguRepository cgu, UtilisateurRepository utilisateurs, SessionRepository sessions,
                              JournalAudit journal, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.cgu = cgu;
        this.utilisateurs = utilisateurs;
        this.sessions = sessions;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Set<EtapeObligatoire> accepter(Commande commande) {
        acces.exigerConnecte(commande.session().acteur());
        SessionAuthentifiee session = commande.session();
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            VersionCgu courante = cgu.versionCourante(maintenant)
                    .filter(version -> version.version().equals(commande.version()))
                    .orElseThrow(() -> new RegleMetierException("cgu.version_perimee", CHAMP));
            cgu.enregistrer(new AcceptationCgu(session.utilisateurId(), courante.version(), maintenant));
            sessions.retirerEtape(session.sessionId(), EtapeObligatoire.ACCEPTER_CGU);
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.CGU_ACCEPTEES, maintenant,
                    session.utilisateurId(),
                    utilisateurs.trouver(session.utilisateurId()).map(Utilisateur::numeroAdherent).orElse(null),
                    commande.ip(), "version=" + courante.version()));
            return session.etapesApres(EtapeObligatoire.ACCEPTER_CGU);
        });
    }
}
