package fr.espaceentreprise.application.accueil;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.LectureCotisations;
import fr.espaceentreprise.application.demande.DemandeEnAttente;
import fr.espaceentreprise.application.demande.LectureDemandes;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.entreprise.LectureEntreprises;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public final class ConsulterAccueilService implements ConsulterAccueil {

    private static final Accueil VIDE = new Accueil(List.of(), List.of(), false, List.of(), false);

    private final LectureEntreprises entreprises;
    private final LectureCotisations cotisations;
    private final LectureDemandes demandes;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ConsulterAccueilService(LectureEntreprises entreprises, LectureCotisations cotisations,
                                   LectureDemandes demandes, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.entreprises = entreprises;
        this.cotisations = cotisations;
        this.demandes = demandes;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Accueil consulter(Acteur acteur) {
        acces.exigerRubrique(acteur, Rubrique.ACCUEIL);
        if (acteur.estGestionnaire()) {
            return VIDE;
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        Perimetre perimetre = acteur.perimetre();
        return transactions.enTransaction(() -> {
            List<EntrepriseResume> resumes = entreprises.resumes(perimetre.entreprises());
            List<AppelResume> appels = cotisations.aRegler(perimetre.contrats(),
                    aujourdhui.plusDays(HORIZON_JOURS), LIMITE + 1, aujourdhui);
            List<DemandeEnAttente> enAttente = demandes.enAttenteDeRetour(perimetre.entreprises(), LIMITE + 1);
            return new Accueil(resumes, premiers(appels), appels.size() > LIMITE,
                    premiers(enAttente), enAttente.size() > LIMITE);
        });
    }

    private static <T> List<T> premiers(List<T> lignes) {
        return lignes.size() > LIMITE ? lignes.subList(0, LIMITE) : lignes;
    }
}
