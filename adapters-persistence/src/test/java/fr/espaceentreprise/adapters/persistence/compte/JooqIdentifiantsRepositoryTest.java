package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JooqIdentifiantsRepositoryTest {

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

}
