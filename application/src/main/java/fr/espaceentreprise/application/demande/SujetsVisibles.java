package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Salarie;

/**
 * Checks that what a demande's content names is within the actor's reach, and in the demande's entreprise: a
 * mandataire reaches a salarié only through an affiliation (ended or not) to one of his contrats, as in the
 * rubrique Gestion des salariés.
 */
final class SujetsVisibles {

    private final Visibilite visibilite;
    private final SalarieRepository salaries;

    SujetsVisibles(Visibilite visibilite, SalarieRepository salaries) {
        this.visibilite = visibilite;
        this.salaries = salaries;
    }

    void verifier(Acteur acteur, EntrepriseId entrepriseId, ContenuDemande contenu) {
        contenu.contratConcerne().ifPresent(contratId -> {
            Contrat contrat = visibilite.contrat(acteur, contratId);
            if (!contrat.entrepriseId().equals(entrepriseId)) {
                throw new IntrouvableException(Visibilite.CONTRAT_INTROUVABLE);
            }
        });
        contenu.salarieConcerne().ifPresent(salarieId -> {
            Salarie salarie = salaries.trouver(salarieId)
                    .filter(trouve -> trouve.entrepriseId().equals(entrepriseId))
                    .orElseThrow(() -> new IntrouvableException(Introuvables.SALARIE));
            boolean rattache = salarie.affiliations().stream()
                    .anyMatch(affiliation -> acteur.perimetre().voitContrat(affiliation.contratId()));
            if (acteur.profil() == Profil.MANDATAIRE && !rattache) {
                throw new IntrouvableException(Introuvables.SALARIE);
            }
        });
    }
}
