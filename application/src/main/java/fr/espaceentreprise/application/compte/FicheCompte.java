package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An account as the back office sees it.
 *
 * @param rattachement      the raison sociale of the entreprise or mandataire the account acts for (empty for a
 *                          gestionnaire)
 * @param derniereConnexion the last successful login, if any
 * @param decisions         the back office's decisions on it, newest first (empty in the port's answer; the use
 *                          case adds them)
 */
public record FicheCompte(UtilisateurId id, NumeroAdherent numeroAdherent, Profil profil, String nom, String prenom,
                          Email email, Langue langue, StatutCompte statut, Optional<String> rattachement,
                          Optional<Instant> derniereConnexion, List<DecisionCompte> decisions) {

    public FicheCompte {
        decisions = List.copyOf(decisions);
    }

    public FicheCompte avecDecisions(List<DecisionCompte> decisions) {
        return new FicheCompte(id, numeroAdherent, profil, nom, prenom, email, langue, statut, rattachement,
                derniereConnexion, decisions);
    }
}
