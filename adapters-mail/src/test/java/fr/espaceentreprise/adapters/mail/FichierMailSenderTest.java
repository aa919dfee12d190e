package fr.espaceentreprise.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.notification.EnvoiImpossibleException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FichierMailSenderTest {

    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path temporaire;

    private FichierMailSender sender(Path repertoire) {
        return new FichierMailSender(repertoire, "Espace Entreprise <no-reply@localhost>",
                Clock.fixed(MAINTENANT, ZoneOffset.UTC));
    }

    @Test
    void writes_each_mail_as_an_eml_file_a_mail_client_can_open() throws Exception {
        Path repertoire = temporaire.resolve("var/mail");

        sender(repertoire).envoyer(UnCourriel.pour("anne.durand@example.fr"));

        List<Path> fichiers = fichiers(repertoire);
        assertEquals(List.of("20260302-090000-5b0f7c1e-2d43-4c7e-9a55-0e1f2a3b4c5d_espace-entreprise.eml"),
                fichiers.stream().map(fichier -> fichier.getFileName().toString()).toList());
        MessageLu lu = lire(fichiers.get(0));
        assertEquals("Votre numéro d'adhérent — été", lu.message.getSubject());
        assertEquals(UnCourriel.MESSAGE_ID, lu.message.getMessageID());
        assertEquals(new InternetAddress("no-reply@localhost", "Espace Entreprise"), lu.message.getFrom()[0]);
        assertEquals("anne.durand@example.fr", ((InternetAddress) lu.message.getAllRecipients()[0]).getAddress());
        assertTrue(lu.texte.contains("\n10000001\n"), lu.texte);
        assertTrue(lu.html.contains("<strong>10000001</strong>"), lu.html);
    }

    @Test
    void writing_the_same_message_again_replaces_its_file() throws Exception {
        FichierMailSender sender = sender(temporaire);

        sender.envoyer(UnCourriel.pour("anne.durand@example.fr"));
        sender.envoyer(UnCourriel.pour("anne.durand@example.fr"));

        assertEquals(1, fichiers(temporaire).size());
    }

    @Test
    void a_directory_it_cannot_write_in_is_reported_as_a_send_that_may_be_tried_again() throws Exception {
        Path pasUnRepertoire = Files.writeString(temporaire.resolve("fichier"), "occupé");

        EnvoiImpossibleException refus = assertThrows(EnvoiImpossibleException.class,
                () -> sender(pasUnRepertoire.resolve("mail")).envoyer(UnCourriel.pour("anne.durand@example.fr")));

        assertTrue(refus.getMessage().contains(UnCourriel.MESSAGE_ID), refus.getMessage());
    }

    private static List<Path> fichiers(Path repertoire) throws Exception {
        try (Stream<Path> fichiers = Files.list(repertoire)) {
            return fichiers.sorted().toList();
        }
    }

    private static MessageLu lire(Path fichier) throws Exception {
        try (InputStream entree = Files.newInputStream(fichier)) {
            return new MessageLu(new MimeMessage(Session.getInstance(new Properties()), entree));
        }
    }
}
