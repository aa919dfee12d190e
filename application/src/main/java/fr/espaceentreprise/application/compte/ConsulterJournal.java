package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail, newest first, for gestionnaires only: anyone else gets IntrouvableException, as if
 * it did not exist.
 */
public interface ConsulterJournal {

    Page<EvenementAudit, CurseurChronologique> consulter(Requete requete);

    /**
     * @param numeroAdherent only the lines about that account, when given
     * @param apres          the {@code suivant} of the previous page
     */
    record Requete(Acteur acteur, Optional<NumeroAdherent> numeroAdherent, Optional<CurseurChronologique> apres,
                   int taille) {

        public Requete {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(numeroAdherent, "numeroAdherent");
            Objects.requireNonNull(apres, "apres");
            taille = Page.tailleValide(taille);
        }
    }
}
