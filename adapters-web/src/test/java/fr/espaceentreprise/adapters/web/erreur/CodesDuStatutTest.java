package fr.espaceentreprise.adapters.web.erreur;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.domain.commun.Langue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesDuStatutTest {

    private static final Traductions TRADUCTIONS = Traductions.depuisLesRessources();

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 418, 422, 429, 500, 501, 502, 503, 504})
    void every_http_status_javalin_may_refuse_with_has_a_title_and_a_message(int statut) {
        for (Langue langue : Langue.values()) {
            var messages = TRADUCTIONS.pour(langue);
            String code = Problemes.codeDuStatut(statut);
            assertTrue(messages.contient("erreur." + code), langue + " " + code);
            assertTrue(messages.contient("statut." + statut)
                    || messages.contient("statut." + (statut >= 500 ? 500 : 400)), langue + " " + statut);
        }
    }
}
