package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.Objects;
import java.util.Optional;

/**
 * The back office's queue of demandes, oldest first, filtered by statut, type and entreprise (the screen
 * usually asks for EN_COURS). Anyone but a gestionnaire → IntrouvableException "ressource.introuvable".
 * The detail of one demande is {@link ConsulterDemandes#consulter}, which a gestionnaire may call for any.
 */
public interface ConsulterFileDemandes {

    Page<DemandeResume, CurseurChronologique> consulter(Requete requete);

    record Requete(Acteur acteur, FiltreDemandes filtre, Optional<CurseurChronologique> apres, int taille) {

        public Requete {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(filtre, "filtre");
            Objects.requireNonNull(apres, "apres");
            taille = Page.tailleValide(taille);
        }
    }
}
