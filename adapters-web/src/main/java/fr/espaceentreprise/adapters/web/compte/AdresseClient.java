package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.AdresseIp;
import io.javalin.http.Context;

/**
 * The address a request comes from, for the per-address rate limits and the audit trail: the peer of the TCP
 * connection. Forwarding headers are not trusted, since anybody can send them; behind a reverse proxy, the proxy
 * must be configured so that Jetty sees the client's address.
 */
public final class AdresseClient {

    /** Stands for an address Jetty gives in a form the domain does not take (should not happen). */
    static final AdresseIp INCONNUE = new AdresseIp("0.0.0.0");

    private AdresseClient() {
    }

    public static AdresseIp de(Context ctx) {
        String brute = ctx.ip();
        if (brute == null) {
            return INCONNUE;
        }
        String adresse = brute.strip();
        if (adresse.startsWith("[") && adresse.endsWith("]")) {
            adresse = adresse.substring(1, adresse.length() - 1);
        }
        int zone = adresse.indexOf('%');
        if (zone >= 0) {
            adresse = adresse.substring(0, zone);
        }
        try {
            return new AdresseIp(adresse);
        } catch (ValeurInvalideException illisible) {
            return INCONNUE;
        }
    }
}
