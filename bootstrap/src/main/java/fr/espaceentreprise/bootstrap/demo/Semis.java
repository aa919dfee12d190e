package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.bootstrap.demo.Referentiel.Portefeuille;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything the demo writes, built in memory by the domain's factories, in the order it must be stored. */
final class Semis {

    private static final long GRAINE = 20_240_917L;

    final Referentiel referentiel;
    final List<Salarie> salaries;
    final List<AppelDeCotisation> appels;
    final List<Demande> demandes;

    private Semis(Referentiel referentiel, List<Salarie> salaries, List<AppelDeCotisation> appels,
            List<Demande> demandes) {
        this.referentiel = referentiel;
        this.salaries = salaries;
        this.appels = appels;
        this.demandes = demandes;
    }

    static Semis au(LocalDate aujourdhui) {
        Hasard hasard = new Hasard(GRAINE);
        Referentiel referentiel = new Referentiel(hasard, aujourdhui);
        Map<EntrepriseId, List<Salarie>> effectifs =
                new Population(hasard, aujourdhui).embaucher(referentiel.portefeuilles());
        // Demandes before calls: the validated ones change employees, and calls follow the final affiliations.
        List<Demande> demandes = new Demandes(hasard, aujourdhui, referentiel, effectifs).soumettre();
        Cotisations cotisations = new Cotisations(hasard, aujourdhui, referentiel);
        List<Salarie> salaries = new ArrayList<>();
        List<AppelDeCotisation> appels = new ArrayList<>();
        for (Portefeuille portefeuille : referentiel.portefeuilles()) {
            List<Salarie> effectif = effectifs.get(portefeuille.id());
            salaries.addAll(effectif);
            appels.addAll(cotisations.appeler(portefeuille, effectif));
        }
        return new Semis(referentiel, List.copyOf(salaries), List.copyOf(appels), demandes);
    }
}
