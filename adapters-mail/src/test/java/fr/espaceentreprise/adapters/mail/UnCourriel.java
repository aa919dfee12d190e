package fr.espaceentreprise.adapters.mail;

import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.domain.commun.Email;

/** Test data: a finished e-mail as the redaction hands it to a sender. */
final class UnCourriel {

    static final String MESSAGE_ID = "<5b0f7c1e-2d43-4c7e-9a55-0e1f2a3b4c5d@espace-entreprise>";

    private UnCourriel() {
    }

    static Courriel pour(String destinataire) {
        return new Courriel(new Email(destinataire), "Votre numéro d'adhérent — été",
                "Bonjour,\n\nVotre numéro d'adhérent est :\n\n10000001\n\nÀ bientôt.\n",
                "<!DOCTYPE html><html lang=\"fr\"><body><p>Votre numéro d'adhérent est :</p>"
                        + "<p><strong>10000001</strong></p></body></html>",
                MESSAGE_ID);
    }
}
