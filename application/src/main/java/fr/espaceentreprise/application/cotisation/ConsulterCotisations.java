package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rubrique Cotisations: the appels of one entreprise, or of every entreprise of a mandataire's portfolio
 * (entreprise empty), limited to the contrats the actor may see. An entreprise, contrat or appel outside the
 * périmètre → IntrouvableException ("entreprise.introuvable", "contrat.introuvable", "cotisation.introuvable").
 */
public interface ConsulterCotisations {

    int EXPORT_MAX = 10_000;

    PageAppels lister(Requete requete);

    /**
     * Every appel the filter matches, in list order, for an export. More than {@value #EXPORT_MAX} →
     * RegleMetierException "cotisation.export.trop_volumineux" (parametre "max"): narrow the filter.
     */
    Export exporter(Acteur acteur, Optional<EntrepriseId> entrepriseId, FiltreAppels filtre);

    FicheAppel consulter(Acteur acteur, AppelDeCotisationId appelId);

    record Requete(Acteur acteur, Optional<EntrepriseId> entrepriseId, FiltreAppels filtre,
                   Optional<CurseurAppels> apres, int taille) {

        public Requete {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(entrepriseId, "entrepriseId");
            Objects.requireNonNull(filtre, "filtre");
            Objects.requireNonNull(apres, "apres");
            taille = Page.tailleValide(taille);
        }
    }

    /** One page, and the totals of the whole filter. */
    record PageAppels(Page<AppelResume, CurseurAppels> page, TotauxAppels totaux) {
    }

    record Export(List<AppelResume> appels, TotauxAppels totaux) {

        public Export {
            appels = List.copyOf(appels);
        }
    }

    /** An appel with its paiements, oldest first. */
    record FicheAppel(AppelResume appel, List<Paiement> paiements) {

        public FicheAppel {
            paiements = List.copyOf(paiements);
        }
    }
}
