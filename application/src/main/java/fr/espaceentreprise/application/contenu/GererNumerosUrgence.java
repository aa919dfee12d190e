package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * Back office: the numbers of the Service d'urgence, the assistance number and note of each zone and the
 * management centre's. Gestionnaires only; each change is audited {@code CONTENU_MODIFIE}.
 */
public interface GererNumerosUrgence {

    void modifierZone(Zone zone);

    void modifierCentre(Centre centre);

    record Zone(Acteur acteur, NumeroZone numero, AdresseIp ip) {

        public Zone {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(numero, "numero");
            Objects.requireNonNull(ip, "ip");
        }
    }

    record Centre(Acteur acteur, CentreDeGestion centre, AdresseIp ip) {

        public Centre {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(centre, "centre");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
