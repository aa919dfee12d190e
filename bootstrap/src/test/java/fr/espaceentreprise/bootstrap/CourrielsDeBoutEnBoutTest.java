package fr.espaceentreprise.bootstrap;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.BoiteDEnvoiRecord;
import fr.espaceentreprise.adapters.persistence.notification.JooqNotifications;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notification queued in the outbox leaves through the portal's scheduled dispatcher, here as an .eml file. */
class CourrielsDeBoutEnBoutTest {

    @TempDir
    Path dataDir;

    @Test
    void a_queued_notification_is_written_as_an_eml_file_by_the_scheduled_dispatcher_and_marked_sent() throws Exception {
        Configuration configuration = Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString(),
                "ESPACE_DEMO_DATA", "false",
                "ESPACE_BASE_URL", "https://espace.example.com"));

        try (Portail portail = Portail.demarrer(configuration)) {
            DSLContext dsl = Persistance.dsl(portail.dataSource());
            new JooqNotifications(dsl, Clock.systemUTC()).envoyer(new Notification(
                    TypeNotification.RAPPEL_NUMERO_ADHERENT, new Email("anne.durand@example.fr"), Langue.EN,
                    Optional.empty(), Map.of("numeroAdherent", "10000001", "prenom", "Anne", "nom", "Durand")));
            String messageId = dsl.fetchSingle(BOITE_D_ENVOI).getMessageId();

            Path fichier = attendreUnFichier(configuration.repertoireCourriels(), Duration.ofSeconds(20));

            MimeMessage courriel = lire(fichier);
            assertEquals("Your member number for Espace Entreprise", courriel.getSubject());
            assertEquals(messageId, courriel.getMessageID());
            assertEquals("anne.durand@example.fr", ((InternetAddress) courriel.getAllRecipients()[0]).getAddress());
            assertEquals("no-reply@localhost", ((InternetAddress) courriel.getFrom()[0]).getAddress());
            String texte = ((String) ((Multipart) courriel.getContent()).getBodyPart(0).getContent())
                    .replace("\r\n", "\n");
            assertTrue(texte.startsWith("Hello Anne Durand,\n"), texte);
            assertTrue(texte.contains("\n\n10000001\n\n"), texte);
            assertTrue(texte.contains("https://espace.example.com"), texte);
            BoiteDEnvoiRecord ligne = attendreEnvoye(dsl, Duration.ofSeconds(5));
            assertNotNull(ligne.getEnvoyeLe());
            assertEquals(0, ligne.getTentatives());
        }
    }

    private static Path attendreUnFichier(Path repertoire, Duration delai) throws Exception {
        Instant limite = Instant.now().plus(delai);
        while (Instant.now().isBefore(limite)) {
            if (Files.isDirectory(repertoire)) {
                try (Stream<Path> fichiers = Files.list(repertoire)) {
                    List<Path> emls = fichiers.filter(f -> f.toString().endsWith(".eml")).toList();
                    if (!emls.isEmpty()) {
                        assertEquals(1, emls.size(), emls.toString());
                        return emls.get(0);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no .eml in " + repertoire + " after " + delai);
    }

    /** The file appears just before the commit that marks the message sent. */
    private static BoiteDEnvoiRecord attendreEnvoye(DSLContext dsl, Duration delai) throws Exception {
        Instant limite = Instant.now().plus(delai);
        BoiteDEnvoiRecord ligne = dsl.fetchSingle(BOITE_D_ENVOI);
        while (ligne.getEnvoyeLe() == null && Instant.now().isBefore(limite)) {
            Thread.sleep(50);
            ligne = dsl.fetchSingle(BOITE_D_ENVOI);
        }
        return ligne;
    }

    private static MimeMessage lire(Path fichier) throws Exception {
        try (InputStream entree = Files.newInputStream(fichier)) {
            return new MimeMessage(Session.getInstance(new Properties()), entree);
        }
    }
}
