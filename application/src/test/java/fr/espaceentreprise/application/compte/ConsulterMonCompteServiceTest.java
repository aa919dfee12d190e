package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsulterMonCompteServiceTest {

    private final TransactionsEnMemoire transactions = new TransactionsEnMemoire();
    private final UtilisateursEnMemoire utilisateurs = new UtilisateursEnMemoire(transactions);
    private final ConsulterMonCompte consulterMonCompte = new ConsulterMonCompteService(utilisateurs, transactions);

    @Test
    void answers_the_identity_and_contact_details_of_the_logged_in_user() {
        Utilisateur utilisateur = UnUtilisateur.gestionnaire().nomme("Durand").prenomme("Anne").langue(Langue.EN)
                .build();
        transactions.enTransaction(() -> utilisateurs.enregistrer(utilisateur));

        ConsulterMonCompte.MonCompte compte = consulterMonCompte.consulter(session(utilisateur, Set.of()));

        assertEquals(new ConsulterMonCompte.MonCompte(utilisateur.id(), utilisateur.numeroAdherent(),
                utilisateur.profil(), "Durand", "Anne", utilisateur.email(), Langue.EN), compte);
    }

    @Test
    void is_out_of_reach_while_a_first_login_step_is_pending() {
        Utilisateur utilisateur = UnUtilisateur.gestionnaire().build();
        transactions.enTransaction(() -> utilisateurs.enregistrer(utilisateur));

        AccesRefuseException refus = assertThrows(AccesRefuseException.class,
                () -> consulterMonCompte.consulter(session(utilisateur, Set.of(EtapeObligatoire.ACCEPTER_CGU))));

        assertEquals("acces.etape_obligatoire", refus.code());
    }

    @Test
    void an_account_that_no_longer_exists_is_not_found() {
        Utilisateur inconnu = UnUtilisateur.gestionnaire().build();

        assertThrows(IntrouvableException.class, () -> consulterMonCompte.consulter(session(inconnu, Set.of())));
    }

    private static SessionAuthentifiee session(Utilisateur utilisateur, Set<EtapeObligatoire> etapes) {
        return new SessionAuthentifiee(SessionId.nouveau(),
                new Acteur(utilisateur.id(), utilisateur.profil(), Perimetre.complet(), utilisateur.langue()), etapes);
    }
}
