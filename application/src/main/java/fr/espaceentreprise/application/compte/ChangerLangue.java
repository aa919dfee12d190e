package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/** The language switch: remembered for the user's pages and mails. Allowed while mandatory steps are pending. */
public interface ChangerLangue {

    void changer(Commande commande);

    record Commande(Acteur acteur, Langue langue) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(langue, "langue");
        }
    }
}
