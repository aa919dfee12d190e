package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.EspaceEntreprise;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.Clock;

/**
 * The security of one's own account in "Mon compte", pages and API: the second factor's state and recovery codes,
 * the open sessions, the personal API tokens.
 */
public final class SecuriteDuCompteWeb {

    private final SecuritePages securitePages;
    private final SessionsPages sessionsPages;
    private final MesSessionsApi sessionsApi;
    private final JetonsApiPages jetonsPages;
    private final MesJetonsApi jetonsApi;

    /**
     * @param baseUrl the portal's public address, for the command the page of a new API token shows
     * @param horloge the day a new token's expiry is counted from
     */
    public SecuriteDuCompteWeb(EspaceEntreprise espace, Acces acces, JetonsDeSession jetons, Pages pages,
            URI baseUrl, Clock horloge) {
        EspaceEntreprise.Comptes comptes = espace.comptes();
        Reauthentification reauthentification = new Reauthentification(comptes.secondFacteur(),
                comptes.authentifierSession(), jetons, pages);
        this.securitePages = new SecuritePages(comptes.secondFacteur(), reauthentification, acces, espace.acces(),
                pages);
        this.sessionsPages = new SessionsPages(comptes.sessions(), acces, pages);
        this.sessionsApi = new MesSessionsApi(comptes.sessions(), acces);
        this.jetonsPages = new JetonsApiPages(comptes.jetonsApi(), reauthentification, acces, pages, baseUrl,
                horloge);
        this.jetonsApi = new MesJetonsApi(comptes.jetonsApi(), acces);
    }

    public void declarer(RoutesConfig routes) {
        securitePages.declarer(routes);
        sessionsPages.declarer(routes);
        sessionsApi.declarer(routes);
        jetonsPages.declarer(routes);
        jetonsApi.declarer(routes);
    }
}
