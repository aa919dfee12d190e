package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A salarié as an actor may see him, with his entreprise and the contrats of it the actor sees: the fiche and
 * the attestation show nothing of the other contrats. A mandataire sees a salarié only through an affiliation
 * (ended or not) to one of his contrats.
 */
record SalarieVisible(Salarie salarie, Entreprise entreprise, Map<ContratId, Contrat> contrats) {

    static final String INTROUVABLE = "salarie.introuvable";

    static SalarieVisible lire(SalarieRepository salaries, Visibilite visibilite, Acteur acteur,
                               SalarieId salarieId) {
        Salarie salarie = salaries.trouver(salarieId).orElseThrow(SalarieVisible::introuvable);
        Entreprise entreprise;
        try {
            entreprise = visibilite.entreprise(acteur, salarie.entrepriseId());
        } catch (IntrouvableException entrepriseAbsente) {
            throw introuvable();
        }
        Map<ContratId, Contrat> contrats = new LinkedHashMap<>();
        visibilite.contratsDe(acteur, entreprise.id()).forEach(contrat -> contrats.put(contrat.id(), contrat));
        boolean rattache = salarie.affiliations().stream()
                .anyMatch(affiliation -> contrats.containsKey(affiliation.contratId()));
        if (acteur.profil() == Profil.MANDATAIRE && !rattache) {
            throw introuvable();
        }
        return new SalarieVisible(salarie, entreprise, Map.copyOf(contrats));
    }

    private static IntrouvableException introuvable() {
        return new IntrouvableException(INTROUVABLE);
    }
}
