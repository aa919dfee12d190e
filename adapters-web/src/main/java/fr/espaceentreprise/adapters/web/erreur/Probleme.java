package fr.espaceentreprise.adapters.web.erreur;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem, as sent under {@code /api}: the standard members, the stable {@code code} of the error,
 * the field errors, for an unexpected error the incident reference that is also in the logs, and the extension
 * members of a refusal (e.g. {@code etape}).
 */
record Probleme(String type, String title, int status, String detail, String instance, String code,
        List<ErreurJson> errors, String incident, Map<String, Object> extensions) {

    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    record ErreurJson(String champ, String code, String message) {
    }
}
