package fr.espaceentreprise.application.compte;

import java.util.Optional;

/**
 * Recognises the session a request carries (cookie or bearer token) and counts the request as activity.
 * Empty for an unknown token, an expired or revoked session, and an account that may no longer use the portal
 * (whose session is then revoked): the web adapter answers 401.
 */
public interface AuthentifierSession {

    /** @param jeton the token as received, possibly null or garbage */
    Optional<SessionAuthentifiee> authentifier(String jeton);
}
