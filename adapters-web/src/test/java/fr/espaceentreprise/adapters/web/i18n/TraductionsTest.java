package fr.espaceentreprise.adapters.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.demande.StatutDemande;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TraductionsTest {

    private static final Traductions TRADUCTIONS = Traductions.depuisLesRessources();
    private static final Map<String, Object> TOUS_LES_PARAMETRES = Map.of("nombre", 2, "max", 100, "nom", "Durand",
            "incident", "ABC", "de", StatutDemande.EN_COURS, "vers", StatutDemande.VALIDEE, "minutes", 2,
            "essaisRestants", 2);

    @Test
    void every_french_key_has_an_english_text() {
        Set<String> manquantes = new TreeSet<>(TRADUCTIONS.cles(Langue.FR));
        manquantes.removeAll(TRADUCTIONS.cles(Langue.EN));

        assertTrue(manquantes.isEmpty(), "missing in messages_en.properties: " + manquantes);
    }

    @Test
    void every_english_key_has_a_french_text() {
        Set<String> manquantes = new TreeSet<>(TRADUCTIONS.cles(Langue.EN));
        manquantes.removeAll(TRADUCTIONS.cles(Langue.FR));

        assertTrue(manquantes.isEmpty(), "missing in messages_fr.properties: " + manquantes);
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void no_text_is_empty(Langue langue) {
        Messages messages = TRADUCTIONS.pour(langue);
        TRADUCTIONS.cles(langue).forEach(cle -> assertFalse(messages.t(cle, TOUS_LES_PARAMETRES).isBlank(), cle));
    }

    @Test
    void the_bundles_are_read_as_utf_8() {
        assertEquals("Mentions légales", TRADUCTIONS.pour(Langue.FR).t("mentions.titre"));
        assertEquals("Français", TRADUCTIONS.pour(Langue.EN).t("langue.fr.nom"));
    }

    @Test
    void apostrophes_stay_when_a_text_has_parameters() {
        assertEquals("Référence de l’incident à communiquer au Centre relations clients : ABC",
                TRADUCTIONS.pour(Langue.FR).t("erreur.page.incident", "incident", "ABC"));
    }

    @Test
    void named_parameters_are_formatted_for_the_language() {
        assertEquals("Ce champ ne peut pas dépasser 128 caractères.",
                TRADUCTIONS.pour(Langue.FR).erreur("champ.trop_long", Map.of("max", 128)));
        assertEquals("The form has 3 errors", TRADUCTIONS.pour(Langue.EN).t("formulaire.erreurs.titre", "nombre", 3));
        assertEquals("Le formulaire contient une erreur",
                TRADUCTIONS.pour(Langue.FR).t("formulaire.erreurs.titre", "nombre", 1));
    }

    @ParameterizedTest
    @EnumSource(StatutDemande.class)
    void every_request_status_quoted_in_a_message_is_translated(StatutDemande statut) {
        for (Langue langue : Langue.values()) {
            String message = TRADUCTIONS.pour(langue).erreur("demande.transition.interdite",
                    Map.of("de", statut, "vers", statut));
            assertFalse(message.contains(statut.name()), message);
        }
    }

    /** The back office's journal prints every event by this label: each type, whichever branch added it. */
    @ParameterizedTest
    @EnumSource(TypeEvenementAudit.class)
    void every_audit_event_type_has_a_label_in_both_languages(TypeEvenementAudit type) {
        for (Langue langue : Langue.values()) {
            assertTrue(TRADUCTIONS.cles(langue).contains("enum.TypeEvenementAudit." + type.name()),
                    langue + " " + type);
        }
    }

    @Test
    void dates_are_written_out_in_the_language() {
        Messages francais = TRADUCTIONS.pour(Langue.FR);
        Messages anglais = TRADUCTIONS.pour(Langue.EN);
        LocalDate date = LocalDate.of(2026, 3, 15);

        assertEquals("Connecté : 15 mars 2026", francais.t("layout.connecte_en_tant_que", "nom", date));
        assertEquals("Logged in: March 15, 2026", anglais.t("layout.connecte_en_tant_que", "nom", date));
    }

    @Test
    void a_missing_key_shows_as_a_visible_marker() {
        assertEquals("???cle.inconnue???", TRADUCTIONS.pour(Langue.FR).t("cle.inconnue"));
        assertFalse(TRADUCTIONS.pour(Langue.FR).siExiste("cle.inconnue").isPresent());
    }
}
