package fr.espaceentreprise.adapters.mail;

import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.EnvoiImpossibleException;
import fr.espaceentreprise.application.notification.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For local runs without SMTP: writes each e-mail as an {@code .eml} file (the exact bytes SMTP would carry) in a
 * directory, named by time and Message-ID so a listing shows the latest last, and logs its path. Any mail client
 * opens these files.
 */
public final class FichierMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(FichierMailSender.class);
    private static final DateTimeFormatter HORODATAGE =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path repertoire;
    private final InternetAddress expediteur;
    private final Session session = Session.getInstance(new Properties());
    private final Clock horloge;

    /** @throws IllegalArgumentException when {@code expediteur} is not one valid address */
    public FichierMailSender(Path repertoire, String expediteur, Clock horloge) {
        this.repertoire = repertoire;
        this.expediteur = Mime.expediteur(expediteur);
        this.horloge = horloge;
    }

    @Override
    public void envoyer(Courriel courriel) {
        Instant maintenant = horloge.instant();
        Path fichier = repertoire.resolve(nomDeFichier(maintenant, courriel.messageId()));
        try {
            Files.createDirectories(repertoire);
            Path provisoire = Files.createTempFile(repertoire, ".ecriture-", ".tmp");
            try {
                try (OutputStream sortie = Files.newOutputStream(provisoire)) {
                    Mime.composer(session, expediteur, courriel, maintenant).writeTo(sortie);
                }
                // A reader never sees a half-written file.
                Files.move(provisoire, fichier, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(provisoire);
            }
        } catch (IOException | MessagingException e) {
            throw new EnvoiImpossibleException("cannot write mail " + courriel.messageId() + " to " + repertoire
                    + ": " + e.getMessage(), e);
        }
        LOG.info("Mail \"{}\" written to {}", courriel.sujet(), fichier);
    }

    /** {@code 20260302-090000-6f1c…_espace-entreprise.eml}: safe on every file system. */
    static String nomDeFichier(Instant instant, String messageId) {
        String id = messageId.replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_+|_+$", "");
        return HORODATAGE.format(instant) + "-" + id + ".eml";
    }
}
