package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.bootstrap.demo.NomsDuMonde.Identite;
import fr.espaceentreprise.bootstrap.demo.Referentiel.Portefeuille;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.DomaineGarantie;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The employees: about two hundred, sent to some forty countries on every continent, affiliated to their
 * company's contracts from their arrival, some of them gone since (radiated from every contract).
 */
final class Population {

    /**
     * Every country the demo uses, zones interleaved: the first employees go through this list in order, so all
     * countries and all emergency zones appear whatever the seed draws afterwards.
     */
    private static final List<String> TOUS_LES_PAYS = List.of(
            "GB", "MA", "US", "BR", "AE", "CN", "AU", "DE", "SN", "CA", "MX", "SA", "JP", "NZ", "ES", "CI", "CL", "QA",
            "VN", "PL", "TN", "CO", "LB", "IN", "TR", "NG", "PE", "SG", "CH", "KE", "ID", "BE", "ZA", "KZ", "NO", "CM",
            "RO", "GA", "IT", "NC");

    private final Hasard hasard;
    private final LocalDate aujourdhui;
    private int embauches;

    Population(Hasard hasard, LocalDate aujourdhui) {
        this.hasard = hasard;
        this.aujourdhui = aujourdhui;
    }

    /** Each company's employees, in the order they were generated; the lists are mutable for the demandes' effects. */
    Map<EntrepriseId, List<Salarie>> embaucher(List<Portefeuille> portefeuilles) {
        Map<EntrepriseId, List<Salarie>> salaries = new LinkedHashMap<>();
        for (Portefeuille portefeuille : portefeuilles) {
            List<Salarie> effectif = new ArrayList<>();
            for (int rang = 0; rang < portefeuille.effectif(); rang++) {
                boolean vitrine = salaries.isEmpty() && rang < NomsDuMonde.VITRINE.size();
                Identite identite = vitrine ? NomsDuMonde.VITRINE.get(rang) : NomsDuMonde.tirer(hasard);
                effectif.add(embaucher(portefeuille, identite));
            }
            salaries.put(portefeuille.id(), effectif);
        }
        return salaries;
    }

    private Salarie embaucher(Portefeuille portefeuille, Identite identite) {
        LocalDate naissance = aujourdhui.minusYears(hasard.entre(24, 61)).minusDays(hasard.entre(0, 364));
        Email email = hasard.chance(90)
                ? new Email(NomsDuMonde.partieLocaleEmail(identite) + "@" + portefeuille.domaineEmail())
                : null;
        // Annual gross salary of reference, from 36 000 to 145 000 euros by steps of 100.
        Montant salaire = Montant.centimes(hasard.entre(360, 1450) * 10_000L);
        Salarie salarie = Salarie.enregistrer(new SalarieId(hasard.uuid()), portefeuille.id(), identite.nom(),
                identite.prenom(), naissance, email, new CodePays(paysPour(portefeuille)), salaire, aujourdhui);
        affilier(salarie, portefeuille.contrats());
        return salarie;
    }

    private String paysPour(Portefeuille portefeuille) {
        int rang = embauches++;
        if (rang < TOUS_LES_PAYS.size()) {
            return TOUS_LES_PAYS.get(rang);
        }
        return hasard.chance(60) ? hasard.parmi(portefeuille.paysPrivilegies()) : hasard.parmi(TOUS_LES_PAYS);
    }

    private void affilier(Salarie salarie, List<Contrat> contrats) {
        LocalDate premierEffet = contrats.stream().map(Contrat::dateEffet).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate arrivee = hasard.chance(35)
                ? premierEffet
                : hasard.dateEntre(premierEffet, aujourdhui.withDayOfMonth(1).minusMonths(1)).withDayOfMonth(1);
        for (Contrat contrat : contrats) {
            if (hasard.chance(tauxDAdhesion(contrat))) {
                affilierSiActif(salarie, contrat, arrivee);
            }
        }
        if (salarie.affiliations().isEmpty()) {
            contrats.stream().filter(contrat -> contrat.dateFin().isEmpty()).findFirst()
                    .ifPresent(contrat -> affilierSiActif(salarie, contrat, arrivee));
        }
        if (hasard.chance(9)) {
            partir(salarie);
        }
    }

    private void affilierSiActif(Salarie salarie, Contrat contrat, LocalDate arrivee) {
        LocalDate debut = arrivee.isBefore(contrat.dateEffet()) ? contrat.dateEffet() : arrivee;
        if (contrat.dateFin().map(debut::isAfter).orElse(false)) {
            return;
        }
        salarie.affilier(new AffiliationId(hasard.uuid()), contrat, debut);
        // On a terminated contract the affiliation ends with it.
        contrat.dateFin().ifPresent(fin -> salarie.radier(contrat.id(), fin));
    }

    /** The employee left at the end of a month after joining: radiated from every contract still open. */
    private void partir(Salarie salarie) {
        List<Affiliation> ouvertes = salarie.affiliations().stream()
                .filter(affiliation -> affiliation.periode().estOuverte()).toList();
        if (ouvertes.isEmpty()) {
            return;
        }
        LocalDate dernierDebut = ouvertes.stream().map(affiliation -> affiliation.periode().debut())
                .max(Comparator.naturalOrder()).orElseThrow();
        LocalDate depart = finDeMois(hasard.dateEntre(dernierDebut.plusMonths(2), aujourdhui));
        if (depart.isAfter(aujourdhui)) {
            depart = depart.withDayOfMonth(1).minusDays(1);
        }
        if (depart.isBefore(dernierDebut)) {
            return;
        }
        for (Affiliation affiliation : ouvertes) {
            salarie.radier(affiliation.contratId(), depart);
        }
    }

    private static int tauxDAdhesion(Contrat contrat) {
        DomaineGarantie domaine = contrat.garantie().domaine();
        return switch (domaine) {
            case SANTE -> 92;
            case PREVOYANCE -> 80;
            case ASSISTANCE -> 65;
        };
    }

    private static LocalDate finDeMois(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }
}
