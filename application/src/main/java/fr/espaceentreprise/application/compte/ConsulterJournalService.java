package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.EvenementAudit;

public final class ConsulterJournalService implements ConsulterJournal {

    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterJournalService(JournalAudit journal, ControleAcces acces, Transactions transactions) {
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public Page<EvenementAudit, CurseurChronologique> consulter(Requete requete) {
        acces.exigerGestionnaire(requete.acteur());
        return transactions.enTransaction(() -> Page.depuis(
                journal.lister(requete.numeroAdherent(), requete.apres(), requete.taille() + 1),
                requete.taille(), evenement -> new CurseurChronologique(evenement.instant(), evenement.id())));
    }
}
