package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.connecter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing route of the portal, read from its router, refuses a request that does not carry the CSRF
 * token of its browser: forms without {@code _csrf} or with another one, API calls authenticated by the session
 * cookie without {@code X-CSRF-Token}. The logged-in user is a gestionnaire, so that nothing else could refuse.
 */
class CsrfDesFormulairesTest {

    private static final Set<HandlerType> MODIFIENT = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
            HandlerType.PATCH);

    private EspaceComptes espace;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        espace.gestionnaire();
        serveur = ServeurDeTest.demarrer(espace.ports());
        connecter(serveur, "90000001", EspaceComptes.MOT_DE_PASSE);
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private Set<String> routes(boolean api) {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint route : serveur.app().unsafe.internalRouter.allHttpHandlers()) {
            String chemin = route.endpoint.path;
            if (MODIFIENT.contains(route.endpoint.method) && chemin.startsWith("/api/") == api) {
                routes.add(route.endpoint.method.name() + " " + chemin.replaceAll("\\{[^}]+}",
                        UUID.randomUUID().toString()));
            }
        }
        return routes;
    }

    @Test
    void every_form_refuses_a_post_without_the_token_or_with_another_one() {
        Set<String> formulaires = routes(false);
        assertTrue(formulaires.containsAll(Set.of("POST /", "POST /deconnexion", "POST /inscription",
                "POST /inscription/continuer", "POST /mot-de-passe-oublie", "POST /identifiant-oublie",
                "POST /premiere-connexion/mot-de-passe", "POST /premiere-connexion/email",
                "POST /premiere-connexion/email/code", "POST /premiere-connexion/cgu", "POST /mon-compte/mot-de-passe")),
                formulaires.toString());

        for (String formulaire : formulaires) {
            String chemin = formulaire.substring(formulaire.indexOf(' ') + 1);
            HttpResponse<String> sansJeton = serveur.postFormulaire(chemin, Map.of("motif", "x"));
            HttpResponse<String> autreJeton = serveur.postFormulaire(chemin, Map.of("_csrf", "A".repeat(43)));

            assertEquals(403, sansJeton.statusCode(), formulaire);
            assertTrue(sansJeton.body().contains("Le formulaire a expiré"), formulaire);
            assertEquals(403, autreJeton.statusCode(), formulaire);
        }
        assertTrue(espace.notifications.envoyees().isEmpty());
        assertEquals(0, espace.demandesInscription.taille());
    }

    @Test
    void every_state_changing_api_call_authenticated_by_the_cookie_needs_the_token_in_a_header() {
        Set<String> operations = routes(true);
        assertTrue(operations.size() >= 12, operations.toString());

        for (String operation : operations) {
            String methode = operation.substring(0, operation.indexOf(' '));
            String chemin = operation.substring(operation.indexOf(' ') + 1);
            HttpResponse<String> reponse = serveur.envoyer(serveur.requete(chemin)
                    .header("Content-Type", "application/json")
                    .method(methode, HttpRequest.BodyPublishers.ofString("{}")));

            assertEquals(403, reponse.statusCode(), operation);
            assertTrue(reponse.body().contains("\"code\":\"csrf.invalide\""), operation);
        }
    }
}
