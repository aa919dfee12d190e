package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DecisionsCompteRepository}: the back office's decisions on one account, newest first. */
public abstract class DecisionsCompteRepositoryContract extends PortContract {

    private final UtilisateurId gestionnaire = unCompte().id();
    private final UtilisateurId compte = unCompte().id();

    private void enregistrer(DecisionCompte decision) {
        enTransaction(() -> stockage().decisionsCompte().enregistrer(decision));
    }

    private List<DecisionCompte> lister(UtilisateurId utilisateurId) {
        return enTransaction(() -> stockage().decisionsCompte().lister(utilisateurId));
    }

    @Test
    void the_decisions_on_an_account_are_listed_newest_first_as_written() {
        DecisionCompte suspension = DecisionCompte.de(compte, TypeDecisionCompte.SUSPENSION, MotifCompte.FRAUDE,
                null, gestionnaire, T0);
        DecisionCompte suppression = DecisionCompte.de(compte, TypeDecisionCompte.SUPPRESSION,
                MotifCompte.DEMANDE_UTILISATEUR, "Par téléphone", gestionnaire, T0.plusSeconds(120));
        DecisionCompte reactivation = DecisionCompte.de(compte, TypeDecisionCompte.REACTIVATION, null, null,
                gestionnaire, T0.plusSeconds(60));
        enregistrer(suspension);
        enregistrer(suppression);
        enregistrer(reactivation);
        enregistrer(DecisionCompte.de(unCompte().id(), TypeDecisionCompte.SUSPENSION, MotifCompte.FRAUDE, null,
                gestionnaire, T0.plusSeconds(30)));

        assertEquals(List.of(suppression, reactivation, suspension), lister(compte));
    }

    @Test
    void an_account_never_decided_on_has_no_decision() {
        enregistrer(DecisionCompte.de(unCompte().id(), TypeDecisionCompte.SUSPENSION, MotifCompte.FRAUDE, null,
                gestionnaire, T0));

        assertEquals(List.of(), lister(compte));
    }
}
