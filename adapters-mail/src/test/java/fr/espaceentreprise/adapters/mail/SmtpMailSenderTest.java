package fr.espaceentreprise.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.EnvoiImpossibleException;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real SMTP conversation with GreenMail, which keeps what it receives for the test to read. */
class SmtpMailSenderTest {

    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock HORLOGE = Clock.fixed(MAINTENANT, ZoneOffset.UTC);
    private static final String EXPEDITEUR = "Espace Entreprise — Welcare <no-reply@espace.example.com>";

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void demarrer() {
        greenMail.start();
    }

    @AfterEach
    void arreter() {
        greenMail.stop();
    }

    private SmtpMailSender sender(boolean starttls) {
        return new SmtpMailSender(new ServeurSmtp("127.0.0.1", greenMail.getSmtp().getPort(), Optional.empty(), "",
                starttls, Duration.ofSeconds(2), Duration.ofSeconds(5)), EXPEDITEUR, HORLOGE);
    }

    @Test
    void delivers_a_text_and_html_mail_with_its_subject_sender_and_stable_message_id() throws Exception {
        sender(false).envoyer(UnCourriel.pour("anne.durand@example.fr"));

        MimeMessage recu = seulMessageRecu();
        MessageLu lu = new MessageLu(recu);
        assertEquals("Votre numéro d'adhérent — été", recu.getSubject());
        assertEquals(UnCourriel.MESSAGE_ID, recu.getMessageID());
        assertEquals(new InternetAddress("no-reply@espace.example.com", "Espace Entreprise — Welcare", "UTF-8"),
                recu.getFrom()[0]);
        assertEquals("anne.durand@example.fr", ((InternetAddress) recu.getAllRecipients()[0]).getAddress());
        assertEquals(Date.from(MAINTENANT), recu.getSentDate());
        assertEquals("auto-generated", lu.entete("Auto-Submitted"));
        assertEquals("Bonjour,\n\nVotre numéro d'adhérent est :\n\n10000001\n\nÀ bientôt.\n", lu.texte);
        assertTrue(lu.html.contains("<p><strong>10000001</strong></p>"), lu.html);
    }

    @Test
    void the_same_message_sent_again_keeps_its_message_id() throws Exception {
        SmtpMailSender sender = sender(false);

        sender.envoyer(UnCourriel.pour("anne.durand@example.fr"));
        sender.envoyer(UnCourriel.pour("anne.durand@example.fr"));

        assertTrue(greenMail.waitForIncomingEmail(5_000, 2));
        for (MimeMessage recu : greenMail.getReceivedMessages()) {
            assertEquals(UnCourriel.MESSAGE_ID, recu.getMessageID());
        }
    }

    @Test
    void logs_in_when_a_user_is_configured() throws Exception {
        greenMail.setUser("espace@example.com", "espace", "mot-de-passe-smtp");
        SmtpMailSender sender = new SmtpMailSender(new ServeurSmtp("127.0.0.1", greenMail.getSmtp().getPort(),
                Optional.of("espace"), "mot-de-passe-smtp", false), EXPEDITEUR, HORLOGE);

        sender.envoyer(UnCourriel.pour("anne.durand@example.fr"));

        assertEquals(UnCourriel.MESSAGE_ID, seulMessageRecu().getMessageID());
    }

    @Test
    void a_wrong_password_is_reported_as_a_send_that_may_be_tried_again() {
        greenMail.setUser("espace@example.com", "espace", "mot-de-passe-smtp");
        SmtpMailSender sender = new SmtpMailSender(new ServeurSmtp("127.0.0.1", greenMail.getSmtp().getPort(),
                Optional.of("espace"), "mauvais", false), EXPEDITEUR, HORLOGE);

        assertThrows(EnvoiImpossibleException.class, () -> sender.envoyer(UnCourriel.pour("anne.durand@example.fr")));
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void a_parameter_trying_to_add_headers_stays_in_the_body() throws Exception {
        RedacteurCourriels redacteur = new RedacteurCourriels(URI.create("https://espace.example.com"));
        Notification notification = new Notification(TypeNotification.INSCRIPTION_REJETEE,
                new Email("anne.durand@example.fr"), Langue.FR, Optional.empty(), Map.of(
                        "motif", "SIRET inconnu\r\nBcc: espion@evil.example\r\nSubject: Gagné !",
                        "nom", "Durand\r\nX-Injecte: oui"));
        Courriel courriel = redacteur.rediger(notification, Map.of(), UnCourriel.MESSAGE_ID);

        sender(false).envoyer(courriel);

        MimeMessage recu = seulMessageRecu();
        assertEquals("Votre demande de création de compte sur l'Espace Entreprise", recu.getSubject());
        assertNull(recu.getHeader("Bcc"));
        assertNull(recu.getHeader("X-Injecte"));
        assertEquals(1, recu.getAllRecipients().length);
        assertEquals(0, greenMail.getReceivedMessagesForDomain("evil.example").length);
        assertTrue(new MessageLu(recu).texte.contains("Bcc: espion@evil.example"), "kept as body text");
    }

    @Test
    void a_security_notice_arrives_with_its_paris_time_in_words_and_its_values_escaped_in_the_html() throws Exception {
        Map<String, String> parametres = new HashMap<>(RedacteurCourrielsTest.SECURITE);
        parametres.put("nomJeton", "<Paie & co>");
        Courriel courriel = new RedacteurCourriels(URI.create("https://espace.example.com")).rediger(
                RedacteurCourrielsTest.notification(TypeNotification.SECURITE_JETON_API_CREE, Langue.FR, parametres),
                Map.of(), UnCourriel.MESSAGE_ID);

        sender(false).envoyer(courriel);

        MessageLu lu = new MessageLu(seulMessageRecu());
        assertEquals("Un jeton d'accès à l'API a été créé sur votre Espace Entreprise", lu.message.getSubject());
        assertTrue(lu.texte.contains("le 8 décembre 2026 à 14 h 05 (heure de Paris), depuis l'adresse IP "
                + "203.0.113.7"), lu.texte);
        assertTrue(lu.texte.contains("Nom du jeton : <Paie & co>\nDroits : lecture seule\n"), lu.texte);
        assertTrue(lu.html.contains("Nom du jeton : &lt;Paie &amp; co&gt;<br>"), lu.html);
    }

    @Test
    void refuses_to_go_on_in_clear_when_starttls_is_required_and_the_server_does_not_offer_it() {
        EnvoiImpossibleException refus = assertThrows(EnvoiImpossibleException.class,
                () -> sender(true).envoyer(UnCourriel.pour("anne.durand@example.fr")));

        assertTrue(refus.getMessage().contains(UnCourriel.MESSAGE_ID), refus.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void an_unreachable_server_is_reported_as_a_send_that_may_be_tried_again() throws Exception {
        int portFerme;
        try (ServerSocket socket = new ServerSocket(0)) {
            portFerme = socket.getLocalPort();
        }
        SmtpMailSender sender = new SmtpMailSender(new ServeurSmtp("127.0.0.1", portFerme, Optional.empty(), "",
                false, Duration.ofSeconds(2), Duration.ofSeconds(2)), EXPEDITEUR, HORLOGE);

        EnvoiImpossibleException refus = assertThrows(EnvoiImpossibleException.class,
                () -> sender.envoyer(UnCourriel.pour("anne.durand@example.fr")));

        assertTrue(refus.getMessage().startsWith("SMTP 127.0.0.1:" + portFerme), refus.getMessage());
    }

    @Test
    void refuses_a_sender_that_is_not_one_address() {
        for (String expediteur : new String[] {"pas une adresse", "a@example.com, b@example.com",
                "Espace <a@example.com>\r\nBcc: x@evil.example", ""}) {
            assertThrows(IllegalArgumentException.class, () -> new SmtpMailSender(
                    new ServeurSmtp("localhost", 25, Optional.empty(), "", true), expediteur, HORLOGE), expediteur);
        }
    }

    @Test
    void the_server_settings_never_show_the_password() {
        ServeurSmtp serveur = new ServeurSmtp("smtp.example.com", 587, Optional.of("espace"), "hunter2", true);

        assertFalse(serveur.toString().contains("hunter2"), serveur.toString());
        assertTrue(serveur.toString().contains("smtp.example.com:587"), serveur.toString());
    }

    private MimeMessage seulMessageRecu() {
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1), "a mail arrives");
        MimeMessage[] recus = greenMail.getReceivedMessages();
        assertEquals(1, recus.length);
        return recus[0];
    }
}
