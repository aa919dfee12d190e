package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class ConsulterCotisationsService implements ConsulterCotisations {

    private static final String INTROUVABLE = "cotisation.introuvable";

    private final AppelDeCotisationRepository appels;
    private final LectureCotisations lecture;
    private final Visibilite visibilite;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ConsulterCotisationsService(EntrepriseRepository entreprises, ContratRepository contrats,
                                       AppelDeCotisationRepository appels, LectureCotisations lecture,
                                       ControleAcces acces, Transactions transactions, Clock horloge) {
        this.appels = appels;
        this.lecture = lecture;
        this.visibilite = new Visibilite(entreprises, contrats);
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public PageAppels lister(Requete requete) {
        acces.exigerRubrique(requete.acteur(), Rubrique.COTISATIONS);
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> {
            Set<ContratId> contrats = contrats(requete.acteur(), requete.entrepriseId(), requete.filtre());
            if (contrats.isEmpty()) {
                return new PageAppels(new Page<>(List.of(), Optional.empty()), TotauxAppels.ZERO);
            }
            List<AppelResume> lus = lecture.lister(contrats, requete.filtre(), requete.apres(),
                    requete.taille() + 1, aujourdhui);
            return new PageAppels(Page.depuis(lus, requete.taille(), AppelResume::curseur),
                    lecture.totaux(contrats, requete.filtre(), aujourdhui));
        });
    }

    @Override
    public Export exporter(Acteur acteur, Optional<EntrepriseId> entrepriseId, FiltreAppels filtre) {
        acces.exigerRubrique(acteur, Rubrique.COTISATIONS);
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> {
            Set<ContratId> contrats = contrats(acteur, entrepriseId, filtre);
            if (contrats.isEmpty()) {
                return new Export(List.of(), TotauxAppels.ZERO);
            }
            List<AppelResume> lus = lecture.lister(contrats, filtre, Optional.empty(), EXPORT_MAX + 1, aujourdhui);
            if (lus.size() > EXPORT_MAX) {
                throw new RegleMetierException("cotisation.export.trop_volumineux", null, Map.of("max", EXPORT_MAX));
            }
            return new Export(lus, lecture.totaux(contrats, filtre, aujourdhui));
        });
    }

    @Override
    public FicheAppel consulter(Acteur acteur, AppelDeCotisationId appelId) {
        acces.exigerRubrique(acteur, Rubrique.COTISATIONS);
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> {
            AppelResume appel = lecture.trouver(appelId, aujourdhui)
                    .filter(trouve -> acteur.perimetre().voitContrat(trouve.contratId()))
                    .orElseThrow(() -> new IntrouvableException(INTROUVABLE));
            List<Paiement> paiements = appels.trouver(appelId)
                    .orElseThrow(() -> new IntrouvableException(INTROUVABLE))
                    .paiements().stream()
                    .sorted(Comparator.comparing(Paiement::date))
                    .toList();
            return new FicheAppel(appel, paiements);
        });
    }

    /**
     * The contrats whose appels the actor asks for, checked against his périmètre: every contrat he sees, or
     * those of one entreprise; none for a gestionnaire, who gets no list in this rubrique.
     */
    private Set<ContratId> contrats(Acteur acteur, Optional<EntrepriseId> entrepriseId, FiltreAppels filtre) {
        entrepriseId.ifPresent(id -> visibilite.entreprise(acteur, id));
        if (acteur.estGestionnaire()) {
            return Set.of();
        }
        Set<ContratId> contrats = entrepriseId
                .map(id -> visibilite.contratsDe(acteur, id).stream()
                        .map(Contrat::id)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElseGet(() -> acteur.perimetre().contrats());
        if (filtre.contratId().isPresent() && !contrats.contains(filtre.contratId().get())) {
            throw new IntrouvableException(Visibilite.CONTRAT_INTROUVABLE);
        }
        return contrats;
    }
}
