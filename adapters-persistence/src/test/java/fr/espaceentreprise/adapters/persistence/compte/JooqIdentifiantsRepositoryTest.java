package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.CodeConfirmationEmail;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JooqIdentifiantsRepositoryTest {

    /** Hashes as Argon2PasswordHasher writes them (PHC strings): the schema accepts nothing else. */
    private static final String EMPREINTE = "$argon2id$v=19$m=19456,t=2,p=1$c2VsZHVtb3RkZXBhc3Nl$aGFjaGVkdW1vdGRlcGFzc2U";
    private static final String EMPREINTE_PROVISOIRE = "$argon2id$v=19$m=19456,t=2,p=1$c2VscHJvdmlzb2lyZQ$cHJvdmlzb2lyZQ";
    private static final String EMPREINTE_CODE = "$argon2id$v=19$m=19456,t=2,p=1$c2VsZHVjb2Rl$Y29kZWhhY2hl";
    private static final Instant MAINTENANT = Instant.parse("2026-11-27T10:15:30.123456Z");

    /** One schema for the class: each test works on accounts of its own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqIdentifiantsRepository identifiants = new JooqIdentifiantsRepository(dsl);
    private final Transactions transactions = new JooqTransactions(dsl);
    private final UtilisateurId compte = Comptes.unCompte(dsl);
    private final ExecutorService autreConnexion = Executors.newSingleThreadExecutor();

    @AfterEach
    void arreterLAutreConnexion() throws InterruptedException {
        autreConnexion.shutdownNow();
        autreConnexion.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void every_field_of_the_credentials_survives_a_round_trip() {
        Identifiants complets = Identifiants.rehydrater(compte, EMPREINTE,
                new MotDePasseProvisoire(EMPREINTE_PROVISOIRE, MAINTENANT.plusSeconds(3600)),
                new Temporisation(7, List.of(MAINTENANT.minusSeconds(60), MAINTENANT.minusSeconds(600),
                        MAINTENANT.minusSeconds(1))),
                new Email("Anne.Durand@Durand.fr"),
                new CodeConfirmationEmail(EMPREINTE_CODE, new Email("anne.perso@exemple.fr"),
                        MAINTENANT.plusSeconds(600), 3),
                MAINTENANT.minusSeconds(86_400));

        identifiants.enregistrer(complets);

        assertMemesIdentifiants(complets, identifiants.trouverParUtilisateur(compte).orElseThrow());
    }

    @Test
    void new_credentials_come_back_with_nothing_set() {
        Identifiants nouveaux = Identifiants.nouveaux(compte);

        identifiants.enregistrer(nouveaux);

        Identifiants lus = identifiants.trouverParUtilisateur(compte).orElseThrow();
        assertMemesIdentifiants(nouveaux, lus);
        assertEquals(Temporisation.AUCUNE, lus.temporisation());
    }

    @Test
    void saving_again_stores_what_changed_and_clears_what_was_used() {
        Identifiants stockes = Identifiants.nouveaux(compte);
        stockes.emettreMotDePasseProvisoire(EMPREINTE_PROVISOIRE, MAINTENANT);
        stockes.emettreCodeEmail(EMPREINTE_CODE, new Email("anne@durand.fr"), MAINTENANT);
        stockes.enregistrerEchec(MAINTENANT);
        identifiants.enregistrer(stockes);

        Identifiants relus = identifiants.trouverParUtilisateur(compte).orElseThrow();
        relus.utiliserMotDePasseProvisoire(MAINTENANT.plusSeconds(5));
        relus.enregistrerConnexion(MAINTENANT.plusSeconds(5));
        relus.confirmerEmail(EMPREINTE_CODE::equals, MAINTENANT.plusSeconds(6));
        relus.definirMotDePasse(EMPREINTE);
        identifiants.enregistrer(relus);

        Identifiants finaux = identifiants.trouverParUtilisateur(compte).orElseThrow();
        assertMemesIdentifiants(relus, finaux);
        assertEquals(Optional.empty(), finaux.motDePasseProvisoire());
        assertEquals(Optional.empty(), finaux.codeEmail());
        assertEquals(Optional.of(new Email("anne@durand.fr")), finaux.emailConfirme());
        assertEquals(Optional.of(EMPREINTE), finaux.empreinteMotDePasse());
        assertEquals(new Temporisation(0, List.of(MAINTENANT)), finaux.temporisation());
    }

    @Test
    void finds_nothing_for_an_account_that_never_had_credentials() {
        identifiants.enregistrer(Identifiants.nouveaux(Comptes.unCompte(dsl)));

        assertEquals(Optional.empty(), identifiants.trouverParUtilisateur(compte));
    }

    @Test
    @Timeout(30)
    void a_second_login_on_the_account_waits_for_the_first_and_sees_its_failure() throws Exception {
        identifiants.enregistrer(Identifiants.nouveaux(compte));

        Future<Integer> echecsVusParLaSeconde = transactions.enTransaction(() -> {
            Identifiants premiere = identifiants.trouverParUtilisateur(compte).orElseThrow();
            Future<Integer> seconde = autreConnexion.submit(() -> unEchec(MAINTENANT.plusSeconds(1)));
            attendreQueLaSecondeAttende(seconde);
            premiere.enregistrerEchec(MAINTENANT);
            identifiants.enregistrer(premiere);
            return seconde;
        });

        assertEquals(1, echecsVusParLaSeconde.get(), "the second login read after the first one's commit");
        assertEquals(new Temporisation(2, List.of(MAINTENANT, MAINTENANT.plusSeconds(1))),
                identifiants.trouverParUtilisateur(compte).orElseThrow().temporisation());
    }

    @Test
    @Timeout(30)
    void two_first_logins_on_an_account_without_credentials_are_counted_one_after_the_other() throws Exception {
        Future<Integer> echecsVusParLaSeconde = transactions.enTransaction(() -> {
            Identifiants premiere = identifiants.trouverParUtilisateur(compte)
                    .orElseGet(() -> Identifiants.nouveaux(compte));
            Future<Integer> seconde = autreConnexion.submit(() -> unEchec(MAINTENANT.plusSeconds(1)));
            attendreQueLaSecondeAttende(seconde);
            premiere.enregistrerEchec(MAINTENANT);
            identifiants.enregistrer(premiere);
            return seconde;
        });

        assertEquals(1, echecsVusParLaSeconde.get(), "the second login found the row the first one created");
        assertEquals(2, identifiants.trouverParUtilisateur(compte).orElseThrow().temporisation().echecsConsecutifs());
    }

    /** A failed login in a transaction of its own; answers the consecutive failures it found. */
    private int unEchec(Instant instant) {
        return transactions.enTransaction(() -> {
            Identifiants lus = identifiants.trouverParUtilisateur(compte).orElseGet(() -> Identifiants.nouveaux(compte));
            int echecsVus = lus.temporisation().echecsConsecutifs();
            lus.enregistrerEchec(instant);
            identifiants.enregistrer(lus);
            return echecsVus;
        });
    }

    private static void attendreQueLaSecondeAttende(Future<?> seconde) {
        try {
            Verrous.attendreQueLAutreAttende(dsl, seconde);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
