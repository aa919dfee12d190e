package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.OptionContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class ConsulterContratsService implements ConsulterContrats {

    /** In force first, then those to come, then the ended ones. */
    private static final List<EtatContrat> ORDRE_DES_ETATS =
            List.of(EtatContrat.ACTIF, EtatContrat.A_VENIR, EtatContrat.TERMINE);

    private final EntrepriseRepository entreprises;
    private final Visibilite visibilite;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ConsulterContratsService(EntrepriseRepository entreprises, ContratRepository contrats,
                                    ControleAcces acces, Transactions transactions, Clock horloge) {
        this.entreprises = entreprises;
        this.visibilite = new Visibilite(entreprises, contrats);
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public List<ContratResume> lister(Acteur acteur, EntrepriseId entrepriseId) {
        acces.exigerRubrique(acteur, Rubrique.CONTRATS);
        return contratsDe(acteur, entrepriseId);
    }

    @Override
    public List<ContratResume> aChoisir(Acteur acteur, EntrepriseId entrepriseId) {
        acces.exigerEspace(acteur);
        return contratsDe(acteur, entrepriseId);
    }

    private List<ContratResume> contratsDe(Acteur acteur, EntrepriseId entrepriseId) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> {
            Entreprise entreprise = visibilite.entreprise(acteur, entrepriseId);
            if (acteur.estGestionnaire()) {
                return List.<ContratResume>of();
            }
            return visibilite.contratsDe(acteur, entrepriseId).stream()
                    .map(contrat -> resume(contrat, entreprise, aujourdhui))
                    .sorted(Comparator.<ContratResume>comparingInt(c -> ORDRE_DES_ETATS.indexOf(c.etat()))
                            .thenComparing(ContratResume::dateEffet, Comparator.reverseOrder())
                            .thenComparing(c -> c.numero().valeur()))
                    .toList();
        });
    }

    @Override
    public ContratResume consulter(Acteur acteur, ContratId contratId) {
        acces.exigerRubrique(acteur, Rubrique.CONTRATS);
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> {
            Contrat contrat = visibilite.contrat(acteur, contratId);
            Entreprise entreprise = entreprises.trouver(contrat.entrepriseId())
                    .orElseThrow(() -> new IllegalStateException("contrat sans entreprise " + contratId));
            return resume(contrat, entreprise, aujourdhui);
        });
    }

    private static ContratResume resume(Contrat contrat, Entreprise entreprise, LocalDate aujourdhui) {
        List<ContratResume.OptionVue> options = contrat.options().stream()
                .sorted(Comparator.comparing((OptionContrat option) -> option.periode().debut())
                        .thenComparing(OptionContrat::code))
                .map(option -> new ContratResume.OptionVue(option.code(), option.periode().debut(),
                        Optional.ofNullable(option.periode().fin()), option.estActiveLe(aujourdhui)))
                .toList();
        return new ContratResume(contrat.id(), contrat.numero(), contrat.entrepriseId(), entreprise.raisonSociale(),
                contrat.organisme(), contrat.garantieAu(aujourdhui),
                contrat.garantieProgrammee().filter(programmee -> programmee.dateEffet().isAfter(aujourdhui)),
                contrat.dateEffet(), contrat.dateFin(),
                contrat.etatAu(aujourdhui), options);
    }
}
