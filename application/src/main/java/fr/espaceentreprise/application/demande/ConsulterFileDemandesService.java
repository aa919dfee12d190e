package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.Transactions;

public final class ConsulterFileDemandesService implements ConsulterFileDemandes {

    private final LectureSuiviDemandes lecture;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterFileDemandesService(LectureSuiviDemandes lecture, ControleAcces acces, Transactions transactions) {
        this.lecture = lecture;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public Page<DemandeResume, CurseurChronologique> consulter(Requete requete) {
        acces.exigerGestionnaire(requete.acteur());
        return transactions.enTransaction(() -> Page.depuis(
                lecture.file(requete.filtre(), requete.apres(), requete.taille() + 1),
                requete.taille(), DemandeResume::curseur));
    }
}
