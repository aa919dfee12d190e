package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Optional;

/** The rubrique Service d'urgence: every zone's assistance number, with the actor's salariés' countries under it. */
public interface ConsulterUrgence {

    Urgence consulter(Acteur acteur);

    /** Every zone, in the enum's order, then the management centre. */
    record Urgence(List<Zone> zones, Optional<CentreDeGestion> centreDeGestion) {

        public Urgence {
            zones = List.copyOf(zones);
        }
    }

    /**
     * @param numero the zone's assistance line; empty if none was ever recorded
     * @param pays   the countries of the zone where salariés the actor sees are expatriated, ordered by code
     *               (the page sorts them by translated name)
     */
    record Zone(ZoneUrgence zone, Optional<NumeroZone> numero, List<CodePays> pays) {

        public Zone {
            pays = List.copyOf(pays);
        }
    }
}
