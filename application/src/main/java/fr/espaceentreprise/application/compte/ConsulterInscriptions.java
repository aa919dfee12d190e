package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;
import java.util.Optional;

/**
 * The back office's queue of pending sign-up requests, oldest first, each with its checks against the reference
 * data as they stand now. Gestionnaires only: anyone else gets IntrouvableException.
 */
public interface ConsulterInscriptions {

    Page<InscriptionAControler, CurseurChronologique> consulter(Requete requete);

    /** @param apres the {@code suivant} of the previous page */
    record Requete(Acteur acteur, Optional<CurseurChronologique> apres, int taille) {

        public Requete {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(apres, "apres");
            taille = Page.tailleValide(taille);
        }
    }

    record InscriptionAControler(DemandeInscription demande, ControlesInscription controles) {

        public InscriptionAControler {
            Objects.requireNonNull(demande, "demande");
            Objects.requireNonNull(controles, "controles");
        }
    }
}
