package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class ConsulterUrgenceService implements ConsulterUrgence {

    private final NumerosUrgenceRepository numeros;
    private final PaysDesSalaries paysDesSalaries;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterUrgenceService(NumerosUrgenceRepository numeros, PaysDesSalaries paysDesSalaries,
                                   ControleAcces acces, Transactions transactions) {
        this.numeros = numeros;
        this.paysDesSalaries = paysDesSalaries;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public Urgence consulter(Acteur acteur) {
        acces.exigerRubrique(acteur, Rubrique.URGENCE);
        return transactions.enTransaction(() -> {
            Map<ZoneUrgence, NumeroZone> parZone = numeros.zones();
            Set<CodePays> pays = pays(acteur);
            List<Zone> zones = Arrays.stream(ZoneUrgence.values())
                    .map(zone -> new Zone(zone, Optional.ofNullable(parZone.get(zone)), pays.stream()
                            .filter(code -> code.zone() == zone)
                            .sorted(Comparator.comparing(CodePays::valeur))
                            .toList()))
                    .toList();
            return new Urgence(zones, numeros.centreDeGestion());
        });
    }

    /** A gestionnaire has no salariés of his own: the back office sees the numbers only. */
    private Set<CodePays> pays(Acteur acteur) {
        Perimetre perimetre = acteur.perimetre();
        if (acteur.estGestionnaire() || perimetre.toutVoir() || perimetre.entreprises().isEmpty()) {
            return Set.of();
        }
        return paysDesSalaries.paysDExpatriation(perimetre.entreprises(),
                acteur.profil() == Profil.MANDATAIRE ? Optional.of(perimetre.contrats()) : Optional.empty());
    }
}
