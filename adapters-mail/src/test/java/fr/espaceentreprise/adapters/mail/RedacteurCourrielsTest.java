package fr.espaceentreprise.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RedacteurCourrielsTest {

    private static final URI PORTAIL = URI.create("https://espace.example.com");
    private static final String MESSAGE_ID = "<m1@espace-entreprise>";
    private static final String MOT_DE_PASSE = "Kx7pQm4rTz9wHn3v";
    private static final String CODE = "048213";
    /** What the security notices carry besides the person's name: 8 December 2026, 14:05 in Paris. */
    static final Map<String, String> SECURITE = Map.of("instant", "2026-12-08T13:05:00Z", "ip", "203.0.113.7",
            "restants", "2", "nomJeton", "Paie mensuelle", "droits", "LECTURE", "expireLe", "2027-06-30T22:00:00Z",
            "navigateur", "CLIENT_API");

    private final RedacteurCourriels redacteur = new RedacteurCourriels(PORTAIL);

    static Stream<Arguments> chaqueTypeDansChaqueLangue() {
        return Stream.of(TypeNotification.values())
                .flatMap(type -> Stream.of(Langue.values()).map(langue -> Arguments.of(type, langue)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("chaqueTypeDansChaqueLangue")
    void writes_every_type_in_both_languages_as_text_and_html(TypeNotification type, Langue langue) {
        Map<String, String> parametres = new HashMap<>(SECURITE);
        parametres.putAll(Map.of("numeroAdherent", "10000001", "motif", "SIRET inconnu",
                "demandeId", "0b5e77ac-29cc-4054-9be4-b28a62d97ef6", "typeDemande", "MAJ_ENTREPRISE",
                "statut", "VALIDEE"));
        Courriel courriel = rediger(type, langue, parametres);

        assertEquals(new Email("anne.durand@example.fr"), courriel.destinataire());
        assertEquals(MESSAGE_ID, courriel.messageId());
        assertFalse(courriel.sujet().contains("{"), courriel.sujet());
        assertTrue(courriel.texte().startsWith(langue == Langue.FR ? "Bonjour,\n\n" : "Hello,\n\n"), courriel.texte());
        assertTrue(courriel.texte().contains(langue == Langue.FR ? "L'équipe Espace Entreprise"
                : "The Espace Entreprise team"), courriel.texte());
        assertFalse(courriel.texte().contains("{"), "every placeholder filled: " + courriel.texte());
        assertTrue(courriel.html().startsWith("<!DOCTYPE html>\n<html lang=\"" + langue.code() + "\">"));
        assertTrue(courriel.html().contains("<title>" + RedacteurCourriels.echapper(courriel.sujet()) + "</title>"));
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_suspended_user_is_sent_to_the_centre_relations_clients_and_a_deleted_one_told_what_is_kept(Langue langue) {
        Courriel suspension = rediger(TypeNotification.COMPTE_SUSPENDU, langue, Map.of("prenom", "Anne",
                "nom", "Durand"));
        Courriel suppression = rediger(TypeNotification.COMPTE_SUPPRIME, langue, Map.of("prenom", "Anne",
                "nom", "Durand"));
        Courriel reactivation = rediger(TypeNotification.COMPTE_REACTIVE, langue, Map.of());

        assertTrue(suspension.texte().contains("+33 (0)2 54 45 56 77"), suspension.texte());
        assertTrue(suspension.sujet().contains(langue == Langue.FR ? "suspendu" : "suspended"), suspension.sujet());
        assertTrue(suppression.texte().contains(langue == Langue.FR ? "ce que la loi nous oblige à garder"
                : "what the law requires us to keep"), suppression.texte());
        assertTrue(reactivation.texte().contains(PORTAIL.toString()), reactivation.texte());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_temporary_password_stands_alone_on_its_line_valid_72_hours_to_be_changed_at_first_login(Langue langue) {
        Courriel courriel = rediger(TypeNotification.MOT_DE_PASSE_PROVISOIRE, langue, Map.of());

        assertTrue(courriel.texte().contains("\n\n" + MOT_DE_PASSE + "\n\n"), courriel.texte());
        assertTrue(courriel.html().contains("<strong>" + MOT_DE_PASSE + "</strong></p>"), courriel.html());
        assertTrue(courriel.texte().contains(langue == Langue.FR ? "72 heures" : "72 hours"), courriel.texte());
        assertTrue(courriel.texte().contains(langue == Langue.FR ? "vous devrez le remplacer"
                : "you will be asked to replace it"), courriel.texte());
        assertTrue(courriel.texte().contains(PORTAIL.toString()));
        assertTrue(courriel.html().contains("<a href=\"https://espace.example.com\">https://espace.example.com</a>"),
                courriel.html());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_confirmation_code_stands_alone_on_its_line_valid_10_minutes(Langue langue) {
        Courriel courriel = rediger(TypeNotification.CODE_CONFIRMATION_EMAIL, langue, Map.of());

        assertTrue(courriel.texte().contains("\n\n" + CODE + "\n\n"), courriel.texte());
        assertTrue(courriel.html().contains("<strong>" + CODE + "</strong></p>"), courriel.html());
        assertTrue(courriel.texte().contains("10 minutes"), courriel.texte());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void the_reminder_shows_the_numero_adherent_alone_on_its_line(Langue langue) {
        Courriel courriel = rediger(TypeNotification.RAPPEL_NUMERO_ADHERENT, langue,
                Map.of("numeroAdherent", "10000001"));

        assertTrue(courriel.texte().contains("\n\n10000001\n\n"), courriel.texte());
        assertEquals(langue == Langue.FR ? "Votre numéro d'adhérent pour l'Espace Entreprise"
                : "Your member number for Espace Entreprise", courriel.sujet());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_rejection_gives_the_motif_when_there_is_one_and_how_to_reach_customer_service(Langue langue) {
        Courriel avecMotif = rediger(TypeNotification.INSCRIPTION_REJETEE, langue,
                Map.of("motif", "Le SIRET ne correspond pas"));
        Courriel sansMotif = rediger(TypeNotification.INSCRIPTION_REJETEE, langue, Map.of());

        assertTrue(avecMotif.texte().contains((langue == Langue.FR ? "Motif : " : "Reason: ")
                + "Le SIRET ne correspond pas"), avecMotif.texte());
        assertFalse(sansMotif.texte().contains(langue == Langue.FR ? "Motif" : "Reason"), sansMotif.texte());
        for (Courriel courriel : new Courriel[] {avecMotif, sansMotif}) {
            assertTrue(courriel.texte().contains("+33 (0)2 54 45 56 77"), courriel.texte());
            assertTrue(courriel.texte().contains("gestion@welcare.fr"), courriel.texte());
            assertTrue(courriel.texte().contains(langue == Langue.FR ? "du lundi au vendredi, de 8 h à 18 h (heure de Paris)"
                    : "Monday to Friday, 8:00 to 18:00 (Paris time)"), courriel.texte());
            assertTrue(courriel.html().matches("(?s).*\\+33 \\(0\\)2 54 45 56 77[ ;]*<br>.*"), "one line each in HTML too");
        }
    }

    @Test
    void greets_the_person_by_name_when_the_notification_gives_it() {
        Courriel courriel = rediger(TypeNotification.RAPPEL_NUMERO_ADHERENT, Langue.EN,
                Map.of("numeroAdherent", "10000001", "prenom", "Anne", "nom", "Durand"));

        assertTrue(courriel.texte().startsWith("Hello Anne Durand,\n\n"), courriel.texte());
    }

    @ParameterizedTest
    @EnumSource(value = TypeNotification.class, names = {"MOT_DE_PASSE_PROVISOIRE", "CODE_CONFIRMATION_EMAIL"})
    void a_missing_or_blank_secret_is_an_error_never_a_mail_with_a_blank(TypeNotification type) {
        Notification notification = notification(type, Langue.FR,
                Map.of("secret", "stocké", "motDePasseProvisoire", "stocké", "code", "stocké"));

        assertThrows(IllegalArgumentException.class, () -> redacteur.rediger(notification, Map.of(), MESSAGE_ID));
        assertThrows(IllegalArgumentException.class, () -> redacteur.rediger(notification,
                Map.of("motDePasseProvisoire", " ", "code", ""), MESSAGE_ID));
    }

    @Test
    void a_secret_that_would_not_stand_on_one_line_is_refused() {
        Notification notification = notification(TypeNotification.CODE_CONFIRMATION_EMAIL, Langue.FR, Map.of());

        assertThrows(IllegalArgumentException.class,
                () -> redacteur.rediger(notification, Map.of("code", "048\n213"), MESSAGE_ID));
    }

    @Test
    void a_missing_required_parameter_is_an_error() {
        Notification notification = notification(TypeNotification.RAPPEL_NUMERO_ADHERENT, Langue.FR, Map.of());

        IllegalArgumentException erreur = assertThrows(IllegalArgumentException.class,
                () -> redacteur.rediger(notification, Map.of(), MESSAGE_ID));
        assertTrue(erreur.getMessage().contains("numeroAdherent"), erreur.getMessage());
    }

    @Test
    void the_html_escapes_every_value_the_text_keeps_it_as_typed() {
        Courriel courriel = rediger(TypeNotification.INSCRIPTION_REJETEE, Langue.FR, Map.of(
                "motif", "<script>alert('x')</script> & \"co\"", "nom", "<img src=x onerror=alert(1)>"));

        assertFalse(courriel.html().contains("<script>"), courriel.html());
        assertFalse(courriel.html().contains("<img"), courriel.html());
        assertTrue(courriel.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"),
                courriel.html());
        assertTrue(courriel.texte().contains("<script>alert('x')</script> & \"co\""), courriel.texte());
    }

    @Test
    void a_parameter_never_reaches_the_subject() {
        Courriel courriel = rediger(TypeNotification.INSCRIPTION_REJETEE, Langue.FR, Map.of(
                "motif", "x\r\nBcc: espion@evil.example", "nom", "Durand\r\nSubject: Gagné"));

        assertEquals("Votre demande de création de compte sur l'Espace Entreprise", courriel.sujet());
        assertTrue(courriel.texte().contains("Motif : x\nBcc: espion@evil.example"), courriel.texte());
        assertFalse(courriel.texte().contains("\r"), "line breaks normalised in the body");
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_demande_status_mail_names_the_type_and_status_in_words_and_carries_the_back_office_message(Langue langue) {
        Courriel courriel = rediger(TypeNotification.DEMANDE_STATUT_CHANGE, langue, Map.of(
                "demandeId", "0b5e77ac-29cc-4054-9be4-b28a62d97ef6", "typeDemande", "MAJ_MODALITES_PAIEMENT",
                "statut", "EN_ATTENTE_DE_RETOUR", "message", "Merci de joindre un RIB."));

        assertTrue(courriel.texte().contains(langue == Langue.FR ? "« mise à jour des modalités de paiement »"
                : "\"update of the payment details\""), courriel.texte());
        assertTrue(courriel.texte().contains(langue == Langue.FR ? "en attente de votre retour"
                : "awaiting your reply"), courriel.texte());
        assertTrue(courriel.texte().contains("Merci de joindre un RIB."), courriel.texte());
        assertTrue(courriel.texte().contains(PORTAIL + "/demandes/0b5e77ac-29cc-4054-9be4-b28a62d97ef6"),
                courriel.texte());
        assertFalse(courriel.texte().contains("EN_ATTENTE_DE_RETOUR"), courriel.texte());
    }

    @Test
    void both_languages_have_exactly_the_same_texts() throws Exception {
        Properties francais = proprietes("courriels.properties");
        Properties anglais = proprietes("courriels_en.properties");

        assertEquals(francais.stringPropertyNames(), anglais.stringPropertyNames());
        for (TypeNotification type : TypeNotification.values()) {
            assertTrue(francais.containsKey(type.name() + ".sujet"), type.name());
        }
    }

    private static Properties proprietes(String nom) throws Exception {
        Properties proprietes = new Properties();
        try (InputStream entree = RedacteurCourriels.class.getResourceAsStream(nom)) {
            proprietes.load(new java.io.InputStreamReader(entree, java.nio.charset.StandardCharsets.UTF_8));
        }
        return proprietes;
    }

    Courriel rediger(TypeNotification type, Langue langue, Map<String, String> parametres) {
        Map<String, String> secrets = new HashMap<>();
        secrets.put("motDePasseProvisoire", MOT_DE_PASSE);
        secrets.put("code", CODE);
        return redacteur.rediger(notification(type, langue, parametres), secrets, MESSAGE_ID);
    }

    static Notification notification(TypeNotification type, Langue langue, Map<String, String> parametres) {
        return new Notification(type, new Email("anne.durand@example.fr"), langue,
                Optional.of(UtilisateurId.nouveau()), parametres);
    }
}
