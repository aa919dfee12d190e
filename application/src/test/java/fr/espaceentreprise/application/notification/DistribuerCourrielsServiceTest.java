package fr.espaceentreprise.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistribuerCourrielsServiceTest {

    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:00:00Z");
    private static final String MOT_DE_PASSE = "Kx7pQm4rTz9wHn3v";

    /** What happened, in order: transaction boundaries and every port call. */
    private final List<String> journal = new ArrayList<>();
    private final BoiteEnMemoire boite = new BoiteEnMemoire();
    private final List<Courriel> envoyes = new ArrayList<>();
    private RuntimeException echecDEnvoi;
    private RuntimeException echecDesSecrets;

    private final MailSender mailSender = courriel -> {
        journal.add("envoyer " + courriel.messageId());
        if (echecDEnvoi != null) {
            throw echecDEnvoi;
        }
        envoyes.add(courriel);
    };

    private final SecretsDeNotification secrets = notification -> {
        journal.add("produire secret");
        if (echecDesSecrets != null) {
            throw echecDesSecrets;
        }
        return Map.of("motDePasseProvisoire", MOT_DE_PASSE);
    };

    private final RedactionCourriels redaction = (notification, secretsProduits, messageId) -> {
        Map<String, String> valeurs = new LinkedHashMap<>(notification.parametres());
        valeurs.putAll(secretsProduits);
        return new Courriel(notification.destinataire(), notification.type().name(), valeurs.toString(),
                "<p>" + valeurs + "</p>", messageId);
    };

    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T enTransaction(Supplier<T> travail) {
            journal.add("début");
            try {
                T resultat = travail.get();
                journal.add("commit");
                return resultat;
            } catch (RuntimeException e) {
                journal.add("rollback");
                throw e;
            }
        }
    };

    private DistribuerCourriels service(int lot) {
        return new DistribuerCourrielsService(transactions, boite, secrets, redaction, mailSender,
                Clock.fixed(MAINTENANT, ZoneOffset.UTC), lot);
    }

    private final DistribuerCourriels distribuer = service(DistribuerCourrielsService.LOT_PAR_DEFAUT);

    @Test
    void sends_each_due_message_in_a_transaction_of_its_own_and_marks_it_sent_before_the_commit() {
        MessageEnAttente premier = boite.ajouter(rappel());
        MessageEnAttente second = boite.ajouter(rappel());

        assertEquals(2, distribuer.distribuer());

        assertEquals(List.of(
                "début", "réserver <m1@test>", "envoyer <m1@test>", "marquer envoyé <m1@test>", "commit",
                "début", "réserver <m2@test>", "envoyer <m2@test>", "marquer envoyé <m2@test>", "commit",
                "début", "rien à réserver", "commit"), journal);
        assertEquals(List.of("<m1@test>", "<m2@test>"), envoyes.stream().map(Courriel::messageId).toList());
        assertEquals(MAINTENANT, boite.envoyeLe(premier));
        assertEquals(MAINTENANT, boite.envoyeLe(second));
    }

    @Test
    void the_mail_goes_to_the_recipient_with_the_parameters_and_the_stable_message_id() {
        boite.ajouter(rappel());

        distribuer.distribuer();

        Courriel courriel = envoyes.get(0);
        assertEquals(new Email("anne@example.fr"), courriel.destinataire());
        assertEquals("<m1@test>", courriel.messageId());
        assertEquals("{numeroAdherent=10000001}", courriel.texte());
    }

    @Test
    void answers_zero_and_sends_nothing_when_nothing_is_due() {
        assertEquals(0, distribuer.distribuer());

        assertEquals(List.of("début", "rien à réserver", "commit"), journal);
    }

    @Test
    void a_message_carrying_a_secret_gets_it_at_dispatch_inside_the_sending_transaction() {
        boite.ajouter(motDePasse());

        assertEquals(1, distribuer.distribuer());

        assertEquals(List.of("début", "réserver <m1@test>", "produire secret", "envoyer <m1@test>",
                "marquer envoyé <m1@test>", "commit"), journal.subList(0, 6));
        assertTrue(envoyes.get(0).texte().contains(MOT_DE_PASSE));
    }

    @Test
    void a_message_without_secret_never_asks_for_one() {
        boite.ajouter(rappel());

        distribuer.distribuer();

        assertFalse(journal.contains("produire secret"));
    }

    @Test
    void a_failed_send_rolls_its_transaction_back_then_postpones_the_message_in_a_new_one() {
        MessageEnAttente message = boite.ajouter(motDePasse());
        echecDEnvoi = new EnvoiImpossibleException("serveur SMTP injoignable", null);

        assertEquals(0, distribuer.distribuer());

        assertEquals(List.of(
                "début", "réserver <m1@test>", "produire secret", "envoyer <m1@test>", "rollback",
                "début", "reporter <m1@test>", "commit",
                "début", "rien à réserver", "commit"), journal);
        assertEquals(MAINTENANT.plus(Duration.ofMinutes(1)), boite.prochainEssai(message));
        assertEquals(1, boite.tentatives(message));
        assertTrue(boite.raison(message).contains("serveur SMTP injoignable"), boite.raison(message));
    }

    @Test
    void the_reason_recorded_for_a_failure_never_holds_the_secret_even_when_the_failure_echoes_it() {
        MessageEnAttente message = boite.ajouter(motDePasse());
        echecDEnvoi = new EnvoiImpossibleException("refusé: corps contenant " + MOT_DE_PASSE,
                new IllegalStateException("cause avec " + MOT_DE_PASSE + "\r\nsur deux lignes"));

        distribuer.distribuer();

        String raison = boite.raison(message);
        assertFalse(raison.contains(MOT_DE_PASSE), raison);
        assertTrue(raison.startsWith("EnvoiImpossibleException: refusé: corps contenant [secret]"), raison);
        assertTrue(raison.contains("cause avec [secret]"), raison);
        assertFalse(raison.contains("\n") || raison.contains("\r"), "one line");
    }

    @Test
    void a_failure_to_produce_the_secret_or_to_write_the_mail_postpones_the_message_too() {
        MessageEnAttente message = boite.ajouter(motDePasse());
        echecDesSecrets = new IllegalStateException("compte introuvable");

        assertEquals(0, distribuer.distribuer());

        assertTrue(envoyes.isEmpty());
        assertEquals(1, boite.tentatives(message));
        assertEquals("IllegalStateException: compte introuvable", boite.raison(message));
    }

    @Test
    void one_message_that_fails_does_not_hold_back_the_others() {
        MessageEnAttente enEchec = boite.ajouter(motDePasse());
        MessageEnAttente suivant = boite.ajouter(rappel());
        echecDesSecrets = new IllegalStateException("compte introuvable");

        assertEquals(1, distribuer.distribuer());

        assertEquals(1, boite.tentatives(enEchec));
        assertEquals(MAINTENANT, boite.envoyeLe(suivant));
    }

    @Test
    void stops_after_its_batch_and_leaves_the_rest_for_the_next_call() {
        boite.ajouter(rappel());
        boite.ajouter(rappel());
        boite.ajouter(rappel());
        DistribuerCourriels parDeux = service(2);

        assertEquals(2, parDeux.distribuer());
        assertEquals(1, parDeux.distribuer());
        assertEquals(0, parDeux.distribuer());
    }

    @Test
    void a_failure_before_any_message_is_claimed_reaches_the_caller() {
        IllegalStateException baseEnPanne = new IllegalStateException("base injoignable");
        boite.panne = baseEnPanne;

        assertSame(baseEnPanne, assertThrows(IllegalStateException.class, distribuer::distribuer));
        assertFalse(journal.stream().anyMatch(ligne -> ligne.startsWith("reporter")));
    }

    @ParameterizedTest(name = "after {0} failed attempts: {1}")
    @CsvSource({"1, PT1M", "2, PT2M", "3, PT4M", "4, PT8M", "6, PT32M", "7, PT1H", "8, PT1H", "40, PT1H",
            "2147483647, PT1H"})
    void the_delay_doubles_with_each_failure_up_to_one_hour(int echecs, Duration attendu) {
        assertEquals(attendu, DistribuerCourrielsService.delaiApres(echecs));
    }

    @Test
    void a_message_that_failed_before_waits_longer() {
        MessageEnAttente message = boite.ajouter(motDePasse(), 3);
        echecDEnvoi = new EnvoiImpossibleException("toujours injoignable", null);

        distribuer.distribuer();

        assertEquals(MAINTENANT.plus(Duration.ofMinutes(8)), boite.prochainEssai(message));
        assertEquals(4, boite.tentatives(message));
    }

    private static Notification rappel() {
        return new Notification(TypeNotification.RAPPEL_NUMERO_ADHERENT, new Email("anne@example.fr"), Langue.FR,
                Optional.empty(), Map.of("numeroAdherent", "10000001"));
    }

    private static Notification motDePasse() {
        return new Notification(TypeNotification.MOT_DE_PASSE_PROVISOIRE, new Email("anne@example.fr"), Langue.FR,
                Optional.of(UtilisateurId.nouveau()), Map.of());
    }

    /**
     * The outbox in memory: due unsent messages in the order they were queued. Locks are not modelled; the tests
     * above check the transaction boundaries through the journal.
     */
    private final class BoiteEnMemoire implements BoiteDEnvoi {

        private final List<Ligne> lignes = new ArrayList<>();
        private RuntimeException panne;

        MessageEnAttente ajouter(Notification notification) {
            return ajouter(notification, 0);
        }

        MessageEnAttente ajouter(Notification notification, int tentatives) {
            String messageId = "<m" + (lignes.size() + 1) + "@test>";
            Ligne ligne = new Ligne(new MessageEnAttente(UUID.randomUUID(), messageId, notification, tentatives));
            lignes.add(ligne);
            return ligne.message;
        }

        @Override
        public Optional<MessageEnAttente> reserverProchain(Instant maintenant) {
            if (panne != null) {
                throw panne;
            }
            Optional<MessageEnAttente> prochain = lignes.stream()
                    .filter(ligne -> ligne.envoyeLe == null && !ligne.prochainEssai.isAfter(maintenant))
                    .map(ligne -> new MessageEnAttente(ligne.message.id(), ligne.message.messageId(),
                            ligne.message.notification(), ligne.tentatives))
                    .findFirst();
            journal.add(prochain.map(message -> "réserver " + message.messageId()).orElse("rien à réserver"));
            return prochain;
        }

        @Override
        public void marquerEnvoye(UUID id, Instant envoyeLe) {
            Ligne ligne = ligne(id);
            journal.add("marquer envoyé " + ligne.message.messageId());
            ligne.envoyeLe = envoyeLe;
        }

        @Override
        public void reporter(UUID id, Instant prochainEssai, String raison) {
            Ligne ligne = ligne(id);
            journal.add("reporter " + ligne.message.messageId());
            ligne.prochainEssai = prochainEssai;
            ligne.tentatives++;
            ligne.raison = raison;
        }

        Instant envoyeLe(MessageEnAttente message) {
            return ligne(message.id()).envoyeLe;
        }

        Instant prochainEssai(MessageEnAttente message) {
            return ligne(message.id()).prochainEssai;
        }

        int tentatives(MessageEnAttente message) {
            return ligne(message.id()).tentatives;
        }

        String raison(MessageEnAttente message) {
            return ligne(message.id()).raison;
        }

        private Ligne ligne(UUID id) {
            return lignes.stream().filter(ligne -> ligne.message.id().equals(id)).findFirst().orElseThrow();
        }
    }

    private static final class Ligne {
        private final MessageEnAttente message;
        private Instant prochainEssai = MAINTENANT;
        private int tentatives;
        private Instant envoyeLe;
        private String raison;

        Ligne(MessageEnAttente message) {
            this.message = message;
            this.tentatives = message.tentatives();
        }
    }
}
