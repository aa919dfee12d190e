package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.CodeConfirmationEmail;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link IdentifiantsRepository}: one account's credentials, every field kept, none for a new account. */
public abstract class IdentifiantsRepositoryContract extends PortContract {

    /** Hashes as the real hasher writes them (PHC strings): the database accepts nothing else. */
    protected static final String EMPREINTE =
            "$argon2id$v=19$m=19456,t=2,p=1$c2VsZHVtb3RkZXBhc3Nl$aGFjaGVkdW1vdGRlcGFzc2U";
    private static final String EMPREINTE_PROVISOIRE =
            "$argon2id$v=19$m=19456,t=2,p=1$c2VscHJvdmlzb2lyZQ$cHJvdmlzb2lyZQ";
    private static final String EMPREINTE_CODE = "$argon2id$v=19$m=19456,t=2,p=1$c2VsZHVjb2Rl$Y29kZWhhY2hl";

    private final UtilisateurId compte = unCompte().id();

    private void enregistrer(Identifiants identifiants) {
        enTransaction(() -> stockage().identifiants().enregistrer(identifiants));
    }

    private Optional<Identifiants> trouver(UtilisateurId utilisateurId) {
        return enTransaction(() -> stockage().identifiants().trouverParUtilisateur(utilisateurId));
    }

    @Test
    void every_field_of_the_credentials_survives_a_round_trip() {
        Identifiants complets = Identifiants.rehydrater(compte, EMPREINTE,
                new MotDePasseProvisoire(EMPREINTE_PROVISOIRE, T0.plusSeconds(3600)),
                new Temporisation(7, List.of(T0.minusSeconds(60), T0.minusSeconds(600), T0.minusSeconds(1))),
                new Email("Anne.Durand@Durand.fr"),
                new CodeConfirmationEmail(EMPREINTE_CODE, new Email("anne.perso@exemple.fr"), T0.plusSeconds(600), 3),
                T0.minusSeconds(86_400));

        enregistrer(complets);

        assertMemesIdentifiants(complets, trouver(compte).orElseThrow());
    }

    @Test
    void new_credentials_come_back_with_nothing_set() {
        Identifiants nouveaux = Identifiants.nouveaux(compte);

        enregistrer(nouveaux);

        Identifiants lus = trouver(compte).orElseThrow();
        assertMemesIdentifiants(nouveaux, lus);
        assertEquals(Temporisation.AUCUNE, lus.temporisation());
    }

    @Test
    void saving_again_stores_what_changed_and_clears_what_was_used() {
        Identifiants stockes = Identifiants.nouveaux(compte);
        stockes.emettreMotDePasseProvisoire(EMPREINTE_PROVISOIRE, T0, MotDePasseProvisoire.VALIDITE_OUBLI);
        stockes.emettreCodeEmail(EMPREINTE_CODE, new Email("anne@durand.fr"), T0);
        stockes.enregistrerEchec(T0);
        enregistrer(stockes);

        Identifiants relus = trouver(compte).orElseThrow();
        relus.utiliserMotDePasseProvisoire(T0.plusSeconds(5));
        relus.enregistrerConnexion(T0.plusSeconds(5));
        relus.confirmerEmail(EMPREINTE_CODE::equals, T0.plusSeconds(6));
        relus.definirMotDePasse(EMPREINTE);
        enregistrer(relus);

        Identifiants finaux = trouver(compte).orElseThrow();
        assertMemesIdentifiants(relus, finaux);
        assertEquals(Optional.empty(), finaux.motDePasseProvisoire());
        assertEquals(Optional.empty(), finaux.codeEmail());
        assertEquals(Optional.of(new Email("anne@durand.fr")), finaux.emailConfirme());
        assertEquals(Optional.of(EMPREINTE), finaux.empreinteMotDePasse());
        assertEquals(new Temporisation(0, List.of(T0)), finaux.temporisation());
    }

    @Test
    void finds_nothing_for_an_account_that_never_had_credentials() {
        enregistrer(Identifiants.nouveaux(unCompte().id()));

        assertEquals(Optional.empty(), trouver(compte));
    }

    private static void assertMemesIdentifiants(Identifiants attendus, Identifiants lus) {
        assertEquals(attendus.utilisateurId(), lus.utilisateurId());
        assertEquals(attendus.empreinteMotDePasse(), lus.empreinteMotDePasse());
        assertEquals(attendus.motDePasseProvisoire(), lus.motDePasseProvisoire());
        assertEquals(attendus.temporisation(), lus.temporisation());
        assertEquals(attendus.emailConfirme(), lus.emailConfirme());
        assertEquals(attendus.codeEmail(), lus.codeEmail());
        assertEquals(attendus.derniereConnexion(), lus.derniereConnexion());
    }
}
