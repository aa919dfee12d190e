package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * The user accepts or refuses that his personal data be used for commercial prospecting, at any time; each
 * change is dated and audited ({@code accepte=true|false}).
 */
public interface ChangerConsentementProspection {

    ConsentementProspection changer(Commande commande);

    record Commande(Acteur acteur, boolean accepte, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
