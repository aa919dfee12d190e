package fr.espaceentreprise.application.donnees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ConsentementsRepository}: each user's latest choice about prospecting, none until he chose. */
public abstract class ConsentementsRepositoryContract extends PortContract {

    private final UtilisateurId compte = unCompte().id();

    private void enregistrer(ConsentementProspection consentement) {
        enTransaction(() -> stockage().consentements().enregistrer(consentement));
    }

    private Optional<ConsentementProspection> trouver(UtilisateurId utilisateurId) {
        return enTransaction(() -> stockage().consentements().trouverParUtilisateur(utilisateurId));
    }

    @Test
    void a_user_who_never_chose_has_no_choice_stored() {
        enregistrer(ConsentementProspection.parDefaut(unCompte().id()).changer(true, T0));

        assertEquals(Optional.empty(), trouver(compte));
    }

    @Test
    void the_latest_choice_replaces_the_previous_one() {
        enregistrer(ConsentementProspection.parDefaut(compte).changer(true, T0));
        ConsentementProspection retire = ConsentementProspection.parDefaut(compte).changer(false, T0.plusSeconds(5));

        enregistrer(retire);

        assertEquals(Optional.of(retire), trouver(compte));
    }
}
