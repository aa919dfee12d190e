package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Objects;

/**
 * What of the stored entreprises and contrats an actor may see, read through the repositories. Anything outside
 * the périmètre answers the same IntrouvableException as an unknown id, so nobody can probe what exists.
 */
public final class Visibilite {

    public static final String ENTREPRISE_INTROUVABLE = "entreprise.introuvable";
    public static final String CONTRAT_INTROUVABLE = "contrat.introuvable";

    private final EntrepriseRepository entreprises;
    private final ContratRepository contrats;

    public Visibilite(EntrepriseRepository entreprises, ContratRepository contrats) {
        this.entreprises = Objects.requireNonNull(entreprises, "entreprises");
        this.contrats = Objects.requireNonNull(contrats, "contrats");
    }

    /** The entreprise, when the actor may see it; otherwise "entreprise.introuvable". */
    public Entreprise entreprise(Acteur acteur, EntrepriseId entrepriseId) {
        if (!acteur.perimetre().voitEntreprise(entrepriseId)) {
            throw new IntrouvableException(ENTREPRISE_INTROUVABLE);
        }
        return entreprises.trouver(entrepriseId)
                .orElseThrow(() -> new IntrouvableException(ENTREPRISE_INTROUVABLE));
    }

    /**
     * The contrats of the entreprise that the actor may see (a mandataire, those under his mandats), ordered by
     * date d'effet then numéro. Whether the entreprise itself is visible is the caller's check.
     */
    public List<Contrat> contratsDe(Acteur acteur, EntrepriseId entrepriseId) {
        return contrats.trouverParEntreprise(entrepriseId).stream()
                .filter(contrat -> acteur.perimetre().voitContrat(contrat.id()))
                .toList();
    }

    /** The contrat, when the actor may see it; otherwise "contrat.introuvable". */
    public Contrat contrat(Acteur acteur, ContratId contratId) {
        if (!acteur.perimetre().voitContrat(contratId)) {
            throw new IntrouvableException(CONTRAT_INTROUVABLE);
        }
        return contrats.trouver(contratId).orElseThrow(() -> new IntrouvableException(CONTRAT_INTROUVABLE));
    }
}
