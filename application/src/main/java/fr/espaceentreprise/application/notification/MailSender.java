package fr.espaceentreprise.application.notification;

/** Hands an e-mail over to whatever delivers it (an SMTP server, a directory of .eml files). */
public interface MailSender {

    /**
     * Sends the e-mail, or throws. Sending the same {@link Courriel#messageId()} twice is possible after a crash
     * between sending and recording it; receivers may recognise the duplicate by its Message-ID.
     *
     * @throws EnvoiImpossibleException when the e-mail could not be handed over; it may be tried again later
     */
    void envoyer(Courriel courriel);
}
