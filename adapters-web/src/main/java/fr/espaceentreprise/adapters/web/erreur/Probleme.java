package fr.espaceentreprise.adapters.web.erreur;

import java.util.List;

/**
 * An RFC 9457 problem, as sent under {@code /api}: the standard members, the stable {@code code} of the error,
 * the field errors and, for an unexpected error, the incident reference that is also in the logs.
 */
record Probleme(String type, String title, int status, String detail, String instance, String code,
        List<ErreurJson> errors, String incident) {

    record ErreurJson(String champ, String code, String message) {
    }
}
