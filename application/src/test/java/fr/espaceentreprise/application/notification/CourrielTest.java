package fr.espaceentreprise.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.domain.commun.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourrielTest {

    private static final Email DESTINATAIRE = new Email("anne@example.fr");

    @Test
    void holds_a_one_line_subject_and_a_message_id_in_angle_brackets() {
        Courriel courriel = new Courriel(DESTINATAIRE, "Votre numéro d'adhérent", "texte", "<p>html</p>",
                "<6f1c@espace-entreprise>");

        assertEquals("<6f1c@espace-entreprise>", courriel.messageId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sujet\r\nBcc: x@evil.example", "Sujet\nBcc: x@evil.example", "Sujet\r", " "})
    void refuses_a_subject_that_could_break_out_of_its_header(String sujet) {
        assertThrows(IllegalArgumentException.class,
                () -> new Courriel(DESTINATAIRE, sujet, "texte", "html", "<id@espace-entreprise>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id@espace-entreprise", "<id>", "<id@espace-entreprise>\r\nBcc: x@evil.example",
            "<a b@espace-entreprise>", "<a@b@c>"})
    void refuses_a_message_id_that_is_not_one_id_in_angle_brackets(String messageId) {
        assertThrows(IllegalArgumentException.class,
                () -> new Courriel(DESTINATAIRE, "Sujet", "texte", "html", messageId));
    }
}
