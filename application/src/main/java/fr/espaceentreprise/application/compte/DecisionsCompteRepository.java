package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;

/** The back office's decisions on accounts (suspension, reactivation, deletion), kept like the audit trail. */
public interface DecisionsCompteRepository {

    void enregistrer(DecisionCompte decision);

    /** The decisions on one account, newest first. */
    List<DecisionCompte> lister(UtilisateurId compte);
}
