package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Optional;

public final class ConsulterEntreprisesService implements ConsulterEntreprises {

    private static final String INTROUVABLE = "entreprise.introuvable";

    private final EntrepriseRepository entreprises;
    private final LectureEntreprises lecture;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterEntreprisesService(EntrepriseRepository entreprises, LectureEntreprises lecture,
                                       ControleAcces acces, Transactions transactions) {
        this.entreprises = entreprises;
        this.lecture = lecture;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public List<EntrepriseResume> lister(Acteur acteur) {
        acces.exigerRubrique(acteur, Rubrique.INTERLOCUTEUR);
        return resumes(acteur);
    }

    @Override
    public List<EntrepriseResume> portefeuille(Acteur acteur) {
        acces.exigerEspace(acteur);
        return resumes(acteur);
    }

    private List<EntrepriseResume> resumes(Acteur acteur) {
        if (acteur.estGestionnaire()) {
            return List.of();
        }
        return transactions.enTransaction(() -> lecture.resumes(acteur.perimetre().entreprises()));
    }

    @Override
    public FicheEntreprise consulter(Acteur acteur, EntrepriseId entrepriseId) {
        acces.exigerRubrique(acteur, Rubrique.INTERLOCUTEUR);
        if (!acteur.perimetre().voitEntreprise(entrepriseId)) {
            throw new IntrouvableException(INTROUVABLE);
        }
        Entreprise entreprise = transactions.enTransaction(() -> entreprises.trouver(entrepriseId))
                .orElseThrow(() -> new IntrouvableException(INTROUVABLE));
        ModalitesPaiement modalites = entreprise.modalitesPaiement();
        return new FicheEntreprise(entreprise.id(), entreprise.numeroAdherent(), entreprise.raisonSociale(),
                entreprise.siret(), entreprise.adresseCorrespondance(), entreprise.email(), entreprise.telephone(),
                modalites.mode(), modalites.ibanMasque(), Optional.ofNullable(modalites.bic()),
                modalites.periodicite());
    }
}
