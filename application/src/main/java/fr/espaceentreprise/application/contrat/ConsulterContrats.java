package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;

/**
 * The rubrique Contrats: an entreprise's contrats the actor may see (a mandataire, those under his mandats),
 * in force first, then by date d'effet. Outside the périmètre → IntrouvableException ("entreprise.introuvable",
 * "contrat.introuvable").
 */
public interface ConsulterContrats {

    List<ContratResume> lister(Acteur acteur, EntrepriseId entrepriseId);

    /**
     * The same contrats, for choosing one in another rubrique (a filter of the salariés or the cotisations, the
     * subject of a demande): open while only the rubrique Contrats is closed.
     */
    List<ContratResume> aChoisir(Acteur acteur, EntrepriseId entrepriseId);

    ContratResume consulter(Acteur acteur, ContratId contratId);
}
