package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.List;

public final class ConsulterComptesService implements ConsulterComptes {

    private final LectureComptes lecture;
    private final DecisionsCompteRepository decisions;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterComptesService(LectureComptes lecture, DecisionsCompteRepository decisions,
                                   ControleAcces acces, Transactions transactions) {
        this.lecture = lecture;
        this.decisions = decisions;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public List<FicheCompte> consulter(Acteur acteur, NumeroAdherent numeroAdherent) {
        acces.exigerGestionnaire(acteur);
        return transactions.enTransaction(() -> lecture.parNumeroAdherent(numeroAdherent).stream()
                .map(fiche -> fiche.avecDecisions(decisions.lister(fiche.id())))
                .toList());
    }
}
