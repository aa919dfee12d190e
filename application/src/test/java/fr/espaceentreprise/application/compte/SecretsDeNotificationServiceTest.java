package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsDeNotificationServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final SecretsDeNotificationService secrets = new SecretsDeNotificationService(espace.identifiants,
            espace.generateur, espace.hacheur, espace.transactions, espace.horloge);
    private final Utilisateur compte = espace.compteActif();

    @Test
    void a_temporary_password_is_drawn_for_the_mail_and_only_its_hash_kept_for_72_hours() {
        espace.generateur.prochainMotDePasseProvisoire("Provisoire-QRST-4567");

        Map<String, String> ajoutes = secrets.produire(
                CourrielsCompte.motDePasseProvisoire(compte, CourrielsCompte.CONTEXTE_INSCRIPTION));

        assertEquals(Map.of("motDePasseProvisoire", "Provisoire-QRST-4567"), ajoutes);
        assertEquals(Optional.of(new MotDePasseProvisoire(HacheurFactice.empreinteDe("Provisoire-QRST-4567"),
                        T0.plus(Duration.ofHours(72)))),
                espace.identifiants.de(compte.id()).motDePasseProvisoire());
        char[] tire = espace.generateur.dernierMotDePasseProvisoire();
        assertEquals(new String(new char[tire.length]), new String(tire), "the drawn array is wiped");
    }

    @Test
    void the_current_password_is_untouched_by_a_temporary_one() {
        secrets.produire(CourrielsCompte.motDePasseProvisoire(compte, CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE));

        assertEquals(Optional.of(HacheurFactice.empreinteDe(EspaceComptes.MOT_DE_PASSE)),
                espace.identifiants.de(compte.id()).empreinteMotDePasse());
    }

    @Test
    void an_account_without_credentials_yet_gets_them_with_its_first_temporary_password() {
        Utilisateur sansIdentifiants = espace.utilisateurs.ajouter(UnUtilisateur.mandataire()
                .numeroAdherent("20000001").build());

        secrets.produire(CourrielsCompte.motDePasseProvisoire(sansIdentifiants, CourrielsCompte.CONTEXTE_INSCRIPTION));

        Identifiants identifiants = espace.identifiants.de(sansIdentifiants.id());
        assertEquals(Optional.empty(), identifiants.empreinteMotDePasse());
        assertEquals(Optional.of(HacheurFactice.empreinteDe("Provisoire-2026-abcd")),
                identifiants.empreinteProvisoireValideLe(T0));
    }

    @Test
    void a_confirmation_code_of_six_digits_is_drawn_and_only_its_hash_kept_for_10_minutes() {
        espace.generateur.prochainCode("007351");

        Map<String, String> ajoutes = secrets.produire(CourrielsCompte.codeConfirmationEmail(compte));

        assertEquals(Map.of("code", "007351"), ajoutes);
        var code = espace.identifiants.de(compte.id()).codeEmail().orElseThrow();
        assertEquals(HacheurFactice.empreinteDe("007351"), code.empreinte());
        assertEquals(T0.plus(Duration.ofMinutes(10)), code.expireLe());
        assertEquals(compte.email(), code.email());
    }

    @Test
    void mails_without_a_secret_get_nothing_and_change_nothing() {
        int hachages = espace.hacheur.hachages();

        assertEquals(Map.of(), secrets.produire(
                CourrielsCompte.rappelNumeroAdherent(compte, CourrielsCompte.CONTEXTE_INSCRIPTION)));
        assertEquals(Map.of(), secrets.produire(
                CourrielsCompte.inscriptionRejetee(UneDemandeInscription.entreprise().build())));

        assertEquals(hachages, espace.hacheur.hachages());
    }

    @Test
    void a_failure_while_storing_forgets_the_secret() {
        Notification pourUnCompteDisparu = new Notification(TypeNotification.MOT_DE_PASSE_PROVISOIRE,
                compte.email(), compte.langue(), Optional.of(compte.id()), Map.of());
        espace.identifiants.ajouter(Identifiants.nouveaux(compte.id()));
        espace.generateur.prochainMotDePasseProvisoire("Provisoire-QRST-4567");
        RuntimeException panne = new IllegalStateException("panne");
        SecretsDeNotificationService enPanne = new SecretsDeNotificationService(new IdentifiantsRepository() {
            @Override
            public Optional<Identifiants> trouverParUtilisateur(fr.espaceentreprise.domain.compte.UtilisateurId id) {
                return espace.identifiants.trouverParUtilisateur(id);
            }

            @Override
            public void enregistrer(Identifiants identifiants) {
                throw panne;
            }
        }, espace.generateur, espace.hacheur, espace.transactions, espace.horloge);

        assertEquals(panne, assertThrows(IllegalStateException.class, () -> enPanne.produire(pourUnCompteDisparu)));

        assertEquals(Optional.empty(), espace.identifiants.de(compte.id()).motDePasseProvisoire());
        char[] tire = espace.generateur.dernierMotDePasseProvisoire();
        assertEquals(new String(new char[tire.length]), new String(tire));
    }
}
