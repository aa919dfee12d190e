package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A personal API token as the credential of a request: a bearer token only, read-only or not, while valid. */
class JetonApiCommeIdentifiantTest {

    private EspaceComptes espace;
    private SessionAuthentifiee session;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        Utilisateur compte = espace.compteActif();
        espace.enrolerSecondFacteur(compte);
        session = espace.connecter(compte);
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private GererJetonsApi.JetonCree creer(DroitsJeton droits) {
        return espace.espace().comptes().jetonsApi().creer(new GererJetonsApi.Creation(session, "SIRH", droits,
                EspaceComptes.T0.plus(Duration.ofDays(30)), EspaceComptes.IP));
    }

    private static void assertInterdit(String code, HttpResponse<String> reponse) {
        assertEquals(403, reponse.statusCode(), reponse.body());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(code, json(reponse).get("code").asText());
    }

    @Test
    void a_read_only_token_reads_and_is_refused_every_other_method() {
        String jeton = creer(DroitsJeton.LECTURE).jeton();

        assertEquals(200, serveur.get("/api/v1/moi", bearer(jeton)).statusCode());
        assertEquals(200, serveur.envoyer(serveur.requete("/api/v1/moi", bearer(jeton))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
        HttpResponse<String> post = serveur.postJson("/api/v1/moi/email/code", "", bearer(jeton));
        assertInterdit("acces.lecture_seule", post);
        assertEquals("Ce jeton d’accès à l’API ne permet que la consultation : il ne peut rien envoyer ni "
                + "modifier.", json(post).get("detail").asText());
        assertInterdit("acces.lecture_seule", serveur.putJson("/api/v1/moi/langue", "{\"langue\":\"en\"}",
                bearer(jeton)));
        assertInterdit("acces.lecture_seule", serveur.delete("/api/v1/sessions/courante", bearer(jeton)));
        assertEquals(200, serveur.get("/api/v1/moi", bearer(jeton)).statusCode(), "the token still works");
    }

    @Test
    void a_write_token_writes_but_never_changes_its_accounts_security() {
        String jeton = creer(DroitsJeton.ECRITURE).jeton();

        assertEquals(204, serveur.putJson("/api/v1/moi/langue", "{\"langue\":\"en\"}", bearer(jeton)).statusCode());
        assertInterdit("acces.session_requise", serveur.postJson("/api/v1/moi/second-facteur", "", bearer(jeton)));
        assertInterdit("acces.session_requise", serveur.postJson("/api/v1/moi/second-facteur/verification",
                "{\"code\":\"123456\"}", bearer(jeton)));
    }

    @Test
    void an_expired_or_revoked_token_gets_401() {
        GererJetonsApi.JetonCree revoque = creer(DroitsJeton.ECRITURE);
        String expirera = creer(DroitsJeton.LECTURE).jeton();
        espace.espace().comptes().jetonsApi().revoquer(session, revoque.jetonApi().id(), EspaceComptes.IP);

        HttpResponse<String> apresRevocation = serveur.get("/api/v1/moi", bearer(revoque.jeton()));
        espace.horloge.avancer(Duration.ofDays(31));
        HttpResponse<String> apresExpiration = serveur.get("/api/v1/moi", bearer(expirera));

        for (HttpResponse<String> reponse : List.of(apresRevocation, apresExpiration)) {
            assertEquals(401, reponse.statusCode());
            assertEquals("authentification.requise", json(reponse).get("code").asText());
            assertEquals("Bearer", reponse.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
    }

    @Test
    void a_token_sent_as_the_session_cookie_opens_nothing() {
        String jeton = creer(DroitsJeton.ECRITURE).jeton();

        assertEquals(401, serveur.get("/api/v1/moi", "Cookie", "session=" + jeton).statusCode());
        HttpResponse<String> page = serveur.get("/accueil", "Cookie", "session=" + jeton);
        assertRedirige("/", page);
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("session=;")),
                "the browser is told to forget it");
    }
}
