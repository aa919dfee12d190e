package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ConnexionsEnAttenteRepository}: logins found by the hash of their token, gone once expired and purged. */
public abstract class ConnexionsEnAttenteRepositoryContract extends PortContract {

    private final UtilisateurId compte = unCompte().id();

    private ConnexionsEnAttenteRepository connexions() {
        return stockage().connexionsEnAttente();
    }

    private EmpreinteJeton ajouter(String jeton, ConnexionEnAttente connexion) {
        EmpreinteJeton empreinte = EmpreinteJeton.de(jeton);
        enTransaction(() -> connexions().ajouter(empreinte, connexion));
        return empreinte;
    }

    private Optional<ConnexionEnAttente> trouver(EmpreinteJeton empreinte) {
        return enTransaction(() -> connexions().trouver(empreinte));
    }

    @Test
    void a_waiting_login_comes_back_whole_under_the_hash_of_its_token_and_no_other() {
        ConnexionEnAttente parProvisoire = ConnexionEnAttente.apres(compte, true, T0);
        ConnexionEnAttente parMotDePasse = ConnexionEnAttente.apres(compte, false, T0.plusSeconds(1));

        EmpreinteJeton provisoire = ajouter("jeton-provisoire", parProvisoire);
        EmpreinteJeton motDePasse = ajouter("jeton-mot-de-passe", parMotDePasse);

        assertEquals(Optional.of(parProvisoire), trouver(provisoire));
        assertEquals(Optional.of(parMotDePasse), trouver(motDePasse));
        assertEquals(Optional.empty(), trouver(EmpreinteJeton.de("un-autre-jeton")));
    }

    @Test
    void a_completed_login_is_forgotten_and_the_others_stay() {
        EmpreinteJeton completee = ajouter("jeton-complete", ConnexionEnAttente.apres(compte, false, T0));
        EmpreinteJeton autre = ajouter("jeton-autre", ConnexionEnAttente.apres(compte, false, T0));

        enTransaction(() -> connexions().supprimer(completee));

        assertEquals(Optional.empty(), trouver(completee));
        assertEquals(true, trouver(autre).isPresent());
    }

    @Test
    void the_purge_forgets_the_logins_expired_at_that_instant_and_says_how_many() {
        EmpreinteJeton expiree = ajouter("jeton-expire", ConnexionEnAttente.apres(compte, false, T0));
        EmpreinteJeton expirantALInstant = ajouter("jeton-a-l-instant",
                ConnexionEnAttente.apres(compte, false, T0.plusSeconds(60)));
        EmpreinteJeton valable = ajouter("jeton-valable", ConnexionEnAttente.apres(compte, false, T0.plusSeconds(61)));
        Instant purge = T0.plusSeconds(60).plus(ConnexionEnAttente.VALIDITE);

        int purgees = enTransaction(() -> connexions().purgerAvant(purge));

        assertEquals(2, purgees);
        assertEquals(Optional.empty(), trouver(expiree));
        assertEquals(Optional.empty(), trouver(expirantALInstant));
        assertEquals(true, trouver(valable).isPresent());
        assertEquals(0, enTransaction(() -> connexions().purgerAvant(purge)));
    }
}
