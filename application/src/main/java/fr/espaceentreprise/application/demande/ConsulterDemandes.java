package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.Objects;
import java.util.Optional;

/**
 * The rubrique "Suivi des demandes": the demandes of the actor's entreprises (a mandataire, of every entreprise
 * of his périmètre), newest first. A demande of an entreprise outside the périmètre → IntrouvableException
 * "demande.introuvable", as an unknown one; a filter on such an entreprise → "entreprise.introuvable". A
 * gestionnaire gets no list here (his is {@link ConsulterFileDemandes}) but reads any demande by id.
 */
public interface ConsulterDemandes {

    Page<DemandeResume, CurseurChronologique> lister(Requete requete);

    FicheDemande consulter(Acteur acteur, DemandeId demandeId);

    /** One file of the demande, bytes included; a file of another demande → "piece_jointe.introuvable". */
    PieceJointe telecharger(Acteur acteur, DemandeId demandeId, PieceJointeId pieceJointeId);

    record Requete(Acteur acteur, FiltreDemandes filtre, Optional<CurseurChronologique> apres, int taille) {

        public Requete {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(filtre, "filtre");
            Objects.requireNonNull(apres, "apres");
            taille = Page.tailleValide(taille);
        }
    }
}
