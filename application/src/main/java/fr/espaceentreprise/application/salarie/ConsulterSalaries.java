package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rubrique Gestion des salariés. An entreprise, salarié or contrat outside the actor's périmètre answers
 * IntrouvableException ("entreprise.introuvable", "salarie.introuvable", "contrat.introuvable"), exactly as an
 * unknown one. A mandataire sees only the salariés affiliated (now or before) to a contrat under his mandats.
 */
public interface ConsulterSalaries {

    Page<SalarieResume, CurseurSalaries> lister(Requete requete);

    /**
     * Every salarié the filter matches, in list order, handed one by one (read by keyset batches, so a list of
     * 100,000 never sits in memory).
     */
    void exporter(Acteur acteur, EntrepriseId entrepriseId, FiltreSalaries filtre, Consumer<SalarieResume> ligne);

    FicheSalarie consulter(Acteur acteur, SalarieId salarieId);

    record Requete(Acteur acteur, EntrepriseId entrepriseId, FiltreSalaries filtre, Optional<CurseurSalaries> apres,
                   int taille) {

        public Requete {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(entrepriseId, "entrepriseId");
            Objects.requireNonNull(filtre, "filtre");
            Objects.requireNonNull(apres, "apres");
            taille = Page.tailleValide(taille);
        }
    }
}
