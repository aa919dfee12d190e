package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

public final class ConsulterSalariesService implements ConsulterSalaries {

    /** Lines read per transaction by an export: the connection is never held while the lines are written out. */
    public static final int LOT_EXPORT = 1_000;

    private final SalarieRepository salaries;
    private final LectureSalaries lecture;
    private final Visibilite visibilite;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ConsulterSalariesService(EntrepriseRepository entreprises, ContratRepository contrats,
                                    SalarieRepository salaries, LectureSalaries lecture, ControleAcces acces, Transactions transactions,
                                    Clock horloge) {
        this.salaries = salaries;
        this.lecture = lecture;
        this.visibilite = new Visibilite(entreprises, contrats);
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Page<SalarieResume, CurseurSalaries> lister(Requete requete) {
        acces.exigerRubrique(requete.acteur(), Rubrique.SALARIES);
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> {
            Portee portee = portee(requete.acteur(), requete.entrepriseId(), requete.filtre());
            if (portee.rienALister()) {
                return new Page<>(List.of(), Optional.empty());
            }
            List<SalarieResume> lus = lecture.lister(requete.entrepriseId(), portee.contratsVisibles(),
                    requete.filtre(),
                    requete.apres(), requete.taille() + 1, aujourdhui);
            return Page.depuis(lus, requete.taille(), SalarieResume::curseur);
        });
    }

    @Override
    public void exporter(Acteur acteur, EntrepriseId entrepriseId, FiltreSalaries filtre,
                         Consumer<SalarieResume> ligne) {
        acces.exigerRubrique(acteur, Rubrique.SALARIES);
        LocalDate aujourdhui = LocalDate.now(horloge);
        Portee portee = transactions.enTransaction(() -> portee(acteur, entrepriseId, filtre));
        if (portee.rienALister()) {
            return;
        }
        Optional<CurseurSalaries> apres = Optional.empty();
        while (true) {
            Optional<CurseurSalaries> depuis = apres;
            List<SalarieResume> lot = transactions.enTransaction(() -> lecture.lister(entrepriseId,
                    portee.contratsVisibles(), filtre, depuis, LOT_EXPORT, aujourdhui));
            lot.forEach(ligne);
            if (lot.size() < LOT_EXPORT) {
                return;
            }
            apres = Optional.of(lot.get(lot.size() - 1).curseur());
        }
    }

    @Override
    public FicheSalarie consulter(Acteur acteur, SalarieId salarieId) {
        acces.exigerRubrique(acteur, Rubrique.SALARIES);
        LocalDate aujourdhui = LocalDate.now(horloge);
        SalarieVisible visible = transactions.enTransaction(
                () -> SalarieVisible.lire(salaries, visibilite, acteur, salarieId));
        Salarie salarie = visible.salarie();
        List<FicheSalarie.AffiliationVue> affiliations = salarie.affiliations().stream()
                .filter(affiliation -> visible.contrats().containsKey(affiliation.contratId()))
                .sorted(Comparator.comparing((Affiliation affiliation) -> affiliation.periode().debut())
                        .reversed()
                        .thenComparing(affiliation -> visible.contrats().get(affiliation.contratId())
                                .numero().valeur()))
                .map(affiliation -> vue(affiliation, visible.contrats().get(affiliation.contratId()), aujourdhui))
                .toList();
        boolean attestationDisponible = affiliations.stream().anyMatch(FicheSalarie.AffiliationVue::enCours);
        return new FicheSalarie(salarie.id(), salarie.entrepriseId(), visible.entreprise().raisonSociale(),
                salarie.nom(), salarie.prenom(), salarie.dateNaissance(), salarie.email().map(Email::masque),
                salarie.paysExpatriation(), salarie.salaireReference(), affiliations, attestationDisponible);
    }

    /**
     * What bounds a reading of the list.
     *
     * @param rienALister      a gestionnaire gets no list in this rubrique
     * @param contratsVisibles a mandataire's contrats in the entreprise; empty for an entreprise user (every
     *                         salarié of the entreprise)
     */
    private record Portee(boolean rienALister, Optional<Set<ContratId>> contratsVisibles) {
    }

    /** Checks the entreprise and the contrat filter against the périmètre. */
    private Portee portee(Acteur acteur, EntrepriseId entrepriseId, FiltreSalaries filtre) {
        visibilite.entreprise(acteur, entrepriseId);
        Set<ContratId> visibles = visibilite.contratsDe(acteur, entrepriseId).stream()
                .map(Contrat::id)
                .collect(Collectors.toUnmodifiableSet());
        if (filtre.contratId().isPresent() && !visibles.contains(filtre.contratId().get())) {
            throw new IntrouvableException(Visibilite.CONTRAT_INTROUVABLE);
        }
        if (acteur.estGestionnaire()) {
            return new Portee(true, Optional.empty());
        }
        return new Portee(false, acteur.profil() == Profil.MANDATAIRE ? Optional.of(visibles) : Optional.empty());
    }

    private static FicheSalarie.AffiliationVue vue(Affiliation affiliation, Contrat contrat, LocalDate aujourdhui) {
        Optional<LocalDate> fin = Optional.ofNullable(affiliation.periode().fin());
        boolean enCours = fin.map(date -> !date.isBefore(aujourdhui)).orElse(true);
        return new FicheSalarie.AffiliationVue(contrat.id(), contrat.numero(), contrat.organisme(),
                contrat.garantie(), affiliation.periode().debut(), fin, enCours);
    }
}
