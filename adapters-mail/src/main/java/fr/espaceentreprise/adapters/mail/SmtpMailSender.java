package fr.espaceentreprise.adapters.mail;

import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.EnvoiImpossibleException;
import fr.espaceentreprise.application.notification.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends through an SMTP server (Angus Mail), one connection per e-mail. */
public final class SmtpMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);

    private final ServeurSmtp serveur;
    private final InternetAddress expediteur;
    private final Session session;
    private final Clock horloge;

    /**
     * @param expediteur the From address, e.g. {@code Espace Entreprise <no-reply@example.com>}
     * @throws IllegalArgumentException when {@code expediteur} is not one valid address
     */
    public SmtpMailSender(ServeurSmtp serveur, String expediteur, Clock horloge) {
        this.serveur = serveur;
        this.expediteur = Mime.expediteur(expediteur);
        this.session = Session.getInstance(proprietes(serveur, this.expediteur));
        this.horloge = horloge;
    }

    private static Properties proprietes(ServeurSmtp serveur, InternetAddress expediteur) {
        Properties proprietes = new Properties();
        proprietes.put("mail.transport.protocol", "smtp");
        proprietes.put("mail.smtp.host", serveur.hote());
        proprietes.put("mail.smtp.port", String.valueOf(serveur.port()));
        proprietes.put("mail.smtp.from", expediteur.getAddress());
        proprietes.put("mail.smtp.auth", String.valueOf(serveur.utilisateur().isPresent()));
        proprietes.put("mail.smtp.starttls.enable", String.valueOf(serveur.starttls()));
        proprietes.put("mail.smtp.starttls.required", String.valueOf(serveur.starttls()));
        proprietes.put("mail.smtp.ssl.checkserveridentity", "true");
        proprietes.put("mail.smtp.connectiontimeout", String.valueOf(serveur.delaiConnexion().toMillis()));
        proprietes.put("mail.smtp.timeout", String.valueOf(serveur.delaiLecture().toMillis()));
        proprietes.put("mail.smtp.writetimeout", String.valueOf(serveur.delaiLecture().toMillis()));
        return proprietes;
    }

    @Override
    public void envoyer(Courriel courriel) {
        try {
            MimeMessage message = Mime.composer(session, expediteur, courriel, horloge.instant());
            if (serveur.utilisateur().isPresent()) {
                Transport.send(message, serveur.utilisateur().get(), serveur.motDePasse());
            } else {
                Transport.send(message);
            }
            LOG.debug("Mail {} sent through {}", courriel.messageId(), serveur);
        } catch (MessagingException e) {
            throw new EnvoiImpossibleException("SMTP " + serveur.hote() + ":" + serveur.port() + " did not take mail "
                    + courriel.messageId() + ": " + e.getMessage(), e);
        }
    }
}
