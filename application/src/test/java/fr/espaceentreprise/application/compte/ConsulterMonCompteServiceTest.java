package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;
import org.junit.jupiter.api.Test;

class ConsulterMonCompteServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final ConsulterMonCompte consulterMonCompte = espace.consulterMonCompte();

    @Test
    void answers_the_identity_and_contact_details_of_the_logged_in_user() {
        Utilisateur utilisateur = espace.compteActif(UnUtilisateur.gestionnaire().numeroAdherent("90000003")
                .nomme("Durand").prenomme("Anne").langue(Langue.EN));

        ConsulterMonCompte.MonCompte compte = consulterMonCompte.consulter(espace.connecter(utilisateur));

        assertEquals(new ConsulterMonCompte.MonCompte(utilisateur.id(), utilisateur.numeroAdherent(),
                utilisateur.profil(), "Durand", "Anne", utilisateur.email(), Langue.EN), compte);
    }

    @Test
    void is_out_of_reach_while_a_first_login_step_is_pending() {
        Utilisateur utilisateur = espace.gestionnaire();
        espace.cgu.publier(new VersionCgu("2026-02", EspaceComptes.T0.minusSeconds(1)));
        SessionAuthentifiee session = espace.connecter(utilisateur);

        AccesRefuseException refus = assertThrows(AccesRefuseException.class,
                () -> consulterMonCompte.consulter(session));

        assertEquals("acces.etape_obligatoire", refus.code());
        assertEquals(EtapeObligatoire.ACCEPTER_CGU, refus.etape());
    }

    @Test
    void an_account_that_no_longer_exists_is_not_found() {
        Utilisateur inconnu = UnUtilisateur.gestionnaire().build();
        SessionAuthentifiee session = new SessionAuthentifiee(SessionId.nouveau(),
                new Acteur(inconnu.id(), inconnu.profil(), Perimetre.complet(), inconnu.langue()));

        assertThrows(IntrouvableException.class, () -> consulterMonCompte.consulter(session));
    }
}
