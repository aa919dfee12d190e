package fr.espaceentreprise.adapters.persistence.notification;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.BoiteDEnvoiRecord;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JooqNotificationsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final Transactions transactions = new JooqTransactions(dsl);
    private final JooqNotifications notifications = new JooqNotifications(dsl, Clock.fixed(T0, ZoneOffset.UTC));
    private final JooqBoiteDEnvoi boite = new JooqBoiteDEnvoi(dsl);
    private final Utilisateur utilisateur = UnUtilisateur.gestionnaire().numeroAdherent("90000001").build();

    JooqNotificationsTest() {
        new JooqUtilisateurRepository(dsl).enregistrer(utilisateur);
    }

    @Test
    void gives_each_message_its_own_message_id_in_angle_brackets() {
        notifications.envoyer(rappel());
        notifications.envoyer(rappel());

        var ids = dsl.select(BOITE_D_ENVOI.MESSAGE_ID).from(BOITE_D_ENVOI).fetch(BOITE_D_ENVOI.MESSAGE_ID);
        assertEquals(2, ids.size());
        assertNotEquals(ids.get(0), ids.get(1));
        for (String id : ids) {
            assertTrue(id.matches("<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@espace-entreprise>"), id);
        }
    }

    @Test
    void records_when_it_was_queued_and_nothing_sent_yet() {
        notifications.envoyer(rappel());

        BoiteDEnvoiRecord ligne = dsl.fetchSingle(BOITE_D_ENVOI);
        assertEquals(T0, ligne.getCreeLe().toInstant());
        assertEquals(T0, ligne.getProchainEssai().toInstant());
        assertEquals(0, ligne.getTentatives());
        assertNull(ligne.getEnvoyeLe());
        assertNull(ligne.getDerniereErreur());
    }

    @ParameterizedTest
    @EnumSource(TypeNotification.class)
    void the_table_accepts_every_type_of_notification(TypeNotification type) {
        notifications.envoyer(new Notification(type, new Email("anne@example.fr"), Langue.FR,
                Optional.of(utilisateur.id()), Map.of()));

        assertEquals(type, transactions.enTransaction(() -> boite.reserverProchain(T0)).orElseThrow()
                .notification().type());
    }

    @Test
    void the_table_refuses_a_secret_carrying_message_without_its_account() {
        notifications.envoyer(new Notification(TypeNotification.CODE_CONFIRMATION_EMAIL, new Email("anne@example.fr"),
                Langue.FR, Optional.of(utilisateur.id()), Map.of()));

        DataAccessException refus = assertThrows(DataAccessException.class,
                () -> dsl.update(BOITE_D_ENVOI).setNull(BOITE_D_ENVOI.UTILISATEUR_ID).execute());
        assertEquals("23514", refus.sqlState());
    }

    private static Notification rappel() {
        return new Notification(TypeNotification.RAPPEL_NUMERO_ADHERENT, new Email("anne@example.fr"), Langue.FR,
                Optional.empty(), Map.of("numeroAdherent", "10000001"));
    }
}
