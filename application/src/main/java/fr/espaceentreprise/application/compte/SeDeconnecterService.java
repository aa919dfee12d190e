package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;

public final class SeDeconnecterService implements SeDeconnecter {

    private final SessionRepository sessions;
    private final UtilisateurRepository utilisateurs;
    private final JournalAudit journal;
    private final Transactions transactions;
    private final Clock horloge;

    public SeDeconnecterService(SessionRepository sessions, UtilisateurRepository utilisateurs, JournalAudit journal,
                                Transactions transactions, Clock horloge) {
        this.sessions = sessions;
        this.utilisateurs = utilisateurs;
        this.journal = journal;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void seDeconnecter(Commande commande) {
        EmpreinteJeton empreinte = EmpreinteJeton.de(commande.jeton());
        transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            sessions.trouverParEmpreinteJeton(empreinte)
                    .filter(session -> session.revoqueeLe().isEmpty())
                    .ifPresent(session -> {
                        sessions.revoquer(session.id(), maintenant);
                        journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.DECONNEXION, maintenant,
                                session.utilisateurId(),
                                utilisateurs.trouver(session.utilisateurId())
                                        .map(Utilisateur::numeroAdherent).orElse(null),
                                commande.ip(), null));
                    });
        });
    }
}
