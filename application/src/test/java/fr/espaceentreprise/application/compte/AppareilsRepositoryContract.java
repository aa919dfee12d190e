package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import org.junit.jupiter.api.Test;

/** {@link AppareilsRepository}: the browsers each user logged in from, known to that user only. */
public abstract class AppareilsRepositoryContract extends PortContract {

    private final UtilisateurId compte = unCompte().id();
    private final EmpreinteJeton appareil = EmpreinteJeton.de("appareil-de-camille");

    private boolean estConnu(UtilisateurId utilisateurId, EmpreinteJeton empreinte) {
        return enTransaction(() -> stockage().appareils().estConnu(utilisateurId, empreinte));
    }

    private void enregistrer(UtilisateurId utilisateurId, EmpreinteJeton empreinte) {
        enTransaction(() -> stockage().appareils().enregistrer(utilisateurId, empreinte, T0));
    }

    @Test
    void a_browser_is_unknown_until_remembered_and_then_known_to_that_user_only() {
        assertEquals(false, estConnu(compte, appareil));

        enregistrer(compte, appareil);

        assertEquals(true, estConnu(compte, appareil));
        assertEquals(false, estConnu(unCompte().id(), appareil));
        assertEquals(false, estConnu(compte, EmpreinteJeton.de("un-autre-appareil")));
    }

    @Test
    void a_browser_remembered_again_is_still_known() {
        enregistrer(compte, appareil);

        enTransaction(() -> stockage().appareils().enregistrer(compte, appareil, T0.plusSeconds(86_400)));

        assertEquals(true, estConnu(compte, appareil));
    }

    @Test
    void two_users_may_share_a_browser() {
        UtilisateurId collegue = unCompte().id();

        enregistrer(compte, appareil);
        enregistrer(collegue, appareil);

        assertEquals(true, estConnu(compte, appareil));
        assertEquals(true, estConnu(collegue, appareil));
    }
}
