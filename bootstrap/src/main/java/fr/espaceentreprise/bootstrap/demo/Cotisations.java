package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.bootstrap.demo.Referentiel.Portefeuille;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two years of contribution calls on every contract, at the company's periodicity, up to the period that holds
 * the seeding day. A call asks, for each employee affiliated during its period, the contract's rate of the annual
 * salary of reference, pro rata of the days covered. Most calls are paid (direct debits on the due date, transfers
 * around it); the instructions below make sure that, on the seeding day, some calls are paid in part, some are
 * overdue and some are still to pay.
 */
final class Cotisations {

    /** Calls fall due on the 15th day after their period. */
    private static final int DELAI_ECHEANCE_JOURS = 15;
    private static final DateTimeFormatter ANNEE_MOIS = DateTimeFormatter.ofPattern("yyyyMM");

    /**
     * What to do on a contract besides paying: {@code impayes} and {@code partiels} are ranks among the calls
     * already due, 0 being the latest; {@code acompte} pays a part of the current call before it falls due.
     */
    private record Consignes(Set<Integer> impayes, Set<Integer> partiels, boolean acompte) {

        static final Consignes AUCUNE = new Consignes(Set.of(), Set.of(), false);
    }

    private final Hasard hasard;
    private final LocalDate aujourdhui;
    private final Map<ContratId, Consignes> consignes;
    private int quittances;

    Cotisations(Hasard hasard, LocalDate aujourdhui, Referentiel referentiel) {
        this.hasard = hasard;
        this.aujourdhui = aujourdhui;
        this.consignes = Map.of(
                // A rejected direct debit, four calls ago, never settled.
                referentiel.atlasPrevoyance.id(), new Consignes(Set.of(3), Set.of(), false),
                referentiel.borealSante.id(), new Consignes(Set.of(0), Set.of(), false),
                referentiel.borealPremierEuro.id(), new Consignes(Set.of(), Set.of(1), false),
                referentiel.borealIncapacite.id(), new Consignes(Set.of(), Set.of(), true),
                referentiel.cevennesSante.id(), new Consignes(Set.of(), Set.of(), true),
                referentiel.cevennesIncapacite.id(), new Consignes(Set.of(), Set.of(0), false));
    }

    List<AppelDeCotisation> appeler(Portefeuille portefeuille, List<Salarie> salaries) {
        List<AppelDeCotisation> appels = new ArrayList<>();
        for (Contrat contrat : portefeuille.contrats()) {
            appels.addAll(appeler(contrat, portefeuille, salaries));
        }
        return appels;
    }

    private List<AppelDeCotisation> appeler(Contrat contrat, Portefeuille portefeuille, List<Salarie> salaries) {
        List<AppelDeCotisation> appels = new ArrayList<>();
        for (Periode periode : periodes(contrat, portefeuille.periodicite())) {
            Montant montant = montant(contrat, periode, salaries);
            if (!montant.estNul()) {
                NumeroQuittance quittance = new NumeroQuittance(
                        "Q%s-%05d".formatted(periode.debut().format(ANNEE_MOIS), ++quittances));
                appels.add(AppelDeCotisation.emettre(new AppelDeCotisationId(hasard.uuid()), contrat.id(), quittance,
                        periode, periode.fin().plusDays(DELAI_ECHEANCE_JOURS), montant));
            }
        }
        regler(appels, portefeuille.modePaiement(), consignes.getOrDefault(contrat.id(), Consignes.AUCUNE));
        return appels;
    }

    /** The calendar periods of the last two years up to the current one, cut to the contract's own dates. */
    private List<Periode> periodes(Contrat contrat, Periodicite periodicite) {
        int mois = switch (periodicite) {
            case MENSUELLE -> 1;
            case TRIMESTRIELLE -> 3;
            case SEMESTRIELLE -> 6;
            case ANNUELLE -> 12;
        };
        LocalDate courante = aujourdhui.withDayOfMonth(1).withMonth((aujourdhui.getMonthValue() - 1) / mois * mois + 1);
        List<Periode> periodes = new ArrayList<>();
        for (LocalDate debut = courante.minusMonths(24 - mois); !debut.isAfter(courante); debut = debut.plusMonths(mois)) {
            LocalDate fin = debut.plusMonths(mois).minusDays(1);
            LocalDate debutCouvert = plusTard(debut, contrat.dateEffet());
            LocalDate finCouverte = contrat.dateFin().map(dateFin -> plusTot(fin, dateFin)).orElse(fin);
            if (!finCouverte.isBefore(debutCouvert)) {
                periodes.add(new Periode(debutCouvert, finCouverte));
            }
        }
        return periodes;
    }

    private static Montant montant(Contrat contrat, Periode periode, List<Salarie> salaries) {
        long taux = tauxEnPointsDeBase(contrat, periode.debut());
        long centimes = 0;
        for (Salarie salarie : salaries) {
            for (Affiliation affiliation : salarie.affiliations()) {
                if (affiliation.contratId().equals(contrat.id())) {
                    long jours = joursCommuns(affiliation.periode(), periode);
                    centimes += salarie.salaireReference().centimes() * taux * jours / (10_000L * 365);
                }
            }
        }
        return Montant.centimes(centimes);
    }

    /** The plan's rate of the annual salary, plus 0.20 % for each option active when the period starts. */
    private static long tauxEnPointsDeBase(Contrat contrat, LocalDate debut) {
        long taux = switch (contrat.garantie()) {
            case SANTE_EXPAT_CFE_ESSENTIEL -> 320;
            case SANTE_EXPAT_CFE_CONFORT -> 410;
            case SANTE_EXPAT_CFE_INTEGRAL -> 530;
            case SANTE_EXPAT_PREMIER_EURO -> 610;
            case PREVOYANCE_DECES_INVALIDITE -> 115;
            case PREVOYANCE_INCAPACITE_TRAVAIL -> 85;
            case ASSISTANCE_RAPATRIEMENT -> 45;
        };
        return taux + 20L * contrat.optionsActivesLe(debut).size();
    }

    private static long joursCommuns(Periode affiliation, Periode appel) {
        LocalDate debut = plusTard(affiliation.debut(), appel.debut());
        LocalDate fin = affiliation.fin() == null ? appel.fin() : plusTot(affiliation.fin(), appel.fin());
        return fin.isBefore(debut) ? 0 : ChronoUnit.DAYS.between(debut, fin) + 1;
    }

    private void regler(List<AppelDeCotisation> appels, ModePaiement mode, Consignes consignes) {
        List<AppelDeCotisation> echus = appels.stream().filter(appel -> appel.echeance().isBefore(aujourdhui)).toList();
        for (int i = 0; i < echus.size(); i++) {
            int rang = echus.size() - 1 - i;
            AppelDeCotisation appel = echus.get(i);
            if (consignes.partiels().contains(rang)) {
                payer(appel, part(appel, 50), appel.echeance(), mode);
            } else if (!consignes.impayes().contains(rang)) {
                payerEnEntier(appel, mode);
            }
        }
        if (consignes.acompte() && !appels.isEmpty()) {
            AppelDeCotisation courant = appels.get(appels.size() - 1);
            if (!courant.echeance().isBefore(aujourdhui)) {
                LocalDate veille = aujourdhui.minusDays(1);
                payer(courant, part(courant, 40), plusTard(courant.periode().debut(), veille), ModePaiement.VIREMENT);
            }
        }
    }

    /** Direct debits are taken on the due date; transfers arrive around it, now and then in two parts. */
    private void payerEnEntier(AppelDeCotisation appel, ModePaiement mode) {
        if (mode == ModePaiement.PRELEVEMENT) {
            payer(appel, appel.montantAppele(), appel.echeance(), mode);
            return;
        }
        LocalDate date = appel.echeance().plusDays(hasard.entre(-8, 9));
        if (date.isAfter(aujourdhui)) {
            return; // the transfer is late: the call stays overdue
        }
        if (hasard.chance(6)) {
            Montant premier = part(appel, 60);
            payer(appel, premier, date, mode);
            LocalDate solde = date.plusDays(14);
            if (!solde.isAfter(aujourdhui)) {
                payer(appel, appel.montantAppele().moins(premier), solde, mode);
            }
        } else {
            payer(appel, appel.montantAppele(), date, mode);
        }
    }

    private static void payer(AppelDeCotisation appel, Montant montant, LocalDate date, ModePaiement mode) {
        String reference = (mode == ModePaiement.PRELEVEMENT ? "PRLV SEPA " : "VIR ") + appel.numeroQuittance().valeur();
        appel.enregistrerPaiement(new Paiement(date, montant, reference));
    }

    private static Montant part(AppelDeCotisation appel, int pourcent) {
        return Montant.centimes(Math.max(1, appel.montantAppele().centimes() * pourcent / 100));
    }

    private static LocalDate plusTard(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate plusTot(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
