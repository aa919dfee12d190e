package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.entreprise.Entreprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists of appels computed from the stored appels, contrats and entreprises with the domain's rules, as the
 * SQL answers them: state on the day ({@link AppelDeCotisation#etatAu}), year of the période's start, order by
 * échéance then id (descending for the list, ascending for the home page). Records every limit it was asked for.
 */
public final class LectureCotisationsEnMemoire implements LectureCotisations {

    private static final Comparator<AppelDeCotisation> ECHEANCE_PUIS_ID =
            Comparator.comparing(AppelDeCotisation::echeance)
                    .thenComparing(appel -> appel.id().valeur(), OrdreSql.UUID);

    private final AppelsEnMemoire appels;
    private final ContratRepository contrats;
    private final EntrepriseRepository entreprises;
    private final TransactionsEnMemoire transactions;
    private final List<Integer> limites = new ArrayList<>();

    public LectureCotisationsEnMemoire(AppelsEnMemoire appels, ContratRepository contrats,
                                       EntrepriseRepository entreprises, TransactionsEnMemoire transactions) {
        this.appels = appels;
        this.contrats = contrats;
        this.entreprises = entreprises;
        this.transactions = transactions;
    }

    /** The {@code limite} of every call to {@link #lister} and {@link #aRegler}, in order. */
    public List<Integer> limitesDemandees() {
        return Collections.unmodifiableList(limites);
    }

    @Override
    public List<AppelResume> lister(Collection<ContratId> contrats, FiltreAppels filtre,
                                    Optional<CurseurAppels> apres, int limite, LocalDate aujourdhui) {
        transactions.exigerTransaction();
        limites.add(limite);
        return filtres(contrats, filtre, aujourdhui).stream()
                .filter(appel -> apres.isEmpty() || avantLeCurseur(appel, apres.get()))
                .sorted(ECHEANCE_PUIS_ID.reversed())
                .limit(limite)
                .map(appel -> resume(appel, aujourdhui))
                .toList();
    }

    @Override
    public TotauxAppels totaux(Collection<ContratId> contrats, FiltreAppels filtre, LocalDate aujourdhui) {
        transactions.exigerTransaction();
        List<AppelDeCotisation> retenus = filtres(contrats, filtre, aujourdhui);
        return new TotauxAppels(Montant.somme(retenus.stream().map(AppelDeCotisation::montantAppele).toList()),
                Montant.somme(retenus.stream().map(AppelDeCotisation::montantPaye).toList()));
    }

    @Override
    public List<AppelResume> aRegler(Collection<ContratId> contrats, LocalDate echeanceAuPlusTard, int limite,
                                     LocalDate aujourdhui) {
        transactions.exigerTransaction();
        limites.add(limite);
        Set<ContratId> retenus = Set.copyOf(contrats);
        return appels.tous().stream()
                .filter(appel -> retenus.contains(appel.contratId()))
                .filter(appel -> !appel.montantRestant().estNul())
                .filter(appel -> !appel.echeance().isAfter(echeanceAuPlusTard))
                .sorted(ECHEANCE_PUIS_ID)
                .limit(limite)
                .map(appel -> resume(appel, aujourdhui))
                .toList();
    }

    @Override
    public Optional<AppelResume> trouver(AppelDeCotisationId id, LocalDate aujourdhui) {
        transactions.exigerTransaction();
        return appels.trouver(id).map(appel -> resume(appel, aujourdhui));
    }

    private List<AppelDeCotisation> filtres(Collection<ContratId> contrats, FiltreAppels filtre,
                                            LocalDate aujourdhui) {
        Set<ContratId> retenus = Set.copyOf(contrats);
        return appels.tous().stream()
                .filter(appel -> retenus.contains(appel.contratId()))
                .filter(appel -> filtre.contratId().isEmpty() || filtre.contratId().get().equals(appel.contratId()))
                .filter(appel -> filtre.annee().isEmpty()
                        || filtre.annee().get().getValue() == appel.periode().debut().getYear())
                .filter(appel -> filtre.etat().isEmpty() || filtre.etat().get() == appel.etatAu(aujourdhui))
                .toList();
    }

    /** The list runs newest first: the next page holds what sorts before the cursor. */
    private static boolean avantLeCurseur(AppelDeCotisation appel, CurseurAppels curseur) {
        int echeance = appel.echeance().compareTo(curseur.echeance());
        if (echeance != 0) {
            return echeance < 0;
        }
        return OrdreSql.UUID.compare(appel.id().valeur(), curseur.id()) < 0;
    }

    private AppelResume resume(AppelDeCotisation appel, LocalDate aujourdhui) {
        Contrat contrat = contrats.trouver(appel.contratId())
                .orElseThrow(() -> new IllegalStateException("appel sans contrat " + appel.id()));
        Entreprise entreprise = entreprises.trouver(contrat.entrepriseId())
                .orElseThrow(() -> new IllegalStateException("contrat sans entreprise " + contrat.id()));
        return new AppelResume(appel.id(), contrat.id(), contrat.numero(), entreprise.id(),
                entreprise.raisonSociale(), appel.numeroQuittance(), appel.periode(), appel.echeance(),
                appel.montantAppele(), appel.montantPaye(), appel.etatAu(aujourdhui));
    }
}
