package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.Navigation.assertRedirige;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static fr.espaceentreprise.adapters.web.compte.Navigation.langue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecuperationTest {

    private EspaceComptes espace;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace = new EspaceComptes();
        espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001").email("rh@expat-conseil.fr"));
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_forgotten_password_gets_the_same_answer_whether_or_not_the_account_exists(Langue langue) {
        String formulaire = serveur.get("/mot-de-passe-oublie", langue(langue)).body();
        assertTrue(formulaire.contains("name=\"numeroAdherent\""), formulaire);

        HttpResponse<String> connu = serveur.postFormulaire("/mot-de-passe-oublie",
                serveur.avecJeton(Map.of("numeroAdherent", "10000001")), langue(langue));
        HttpResponse<String> inconnu = serveur.postFormulaire("/mot-de-passe-oublie",
                serveur.avecJeton(Map.of("numeroAdherent", "10000009")), langue(langue));

        assertRedirige("/mot-de-passe-oublie/demande-envoyee", connu);
        assertEquals(ServeurDeTest.entetesSansDate(connu), ServeurDeTest.entetesSansDate(inconnu));
        assertEquals(connu.body(), inconnu.body());
        assertTrue(serveur.get("/mot-de-passe-oublie/demande-envoyee", langue(langue)).body().contains(
                langue == Langue.FR ? "Si un compte correspond à ce numéro d’adhérent"
                        : "If an account matches this member number"));
        assertEquals(List.of(TypeNotification.MOT_DE_PASSE_PROVISOIRE),
                espace.notifications.envoyees().stream().map(Notification::type).toList());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void a_forgotten_member_number_gets_the_same_answer_whether_or_not_the_address_is_known(Langue langue) {
        HttpResponse<String> connue = serveur.postFormulaire("/identifiant-oublie",
                serveur.avecJeton(Map.of("email", "RH@expat-conseil.fr")), langue(langue));
        HttpResponse<String> inconnue = serveur.postFormulaire("/identifiant-oublie",
                serveur.avecJeton(Map.of("email", "personne@example.fr")), langue(langue));

        assertRedirige("/identifiant-oublie/demande-envoyee", connue);
        assertEquals(ServeurDeTest.entetesSansDate(connue), ServeurDeTest.entetesSansDate(inconnue));
        assertTrue(serveur.get("/identifiant-oublie/demande-envoyee", langue(langue)).body().contains(
                langue == Langue.FR ? "votre numéro d’adhérent vient de vous y être rappelé"
                        : "your member number has just been sent to it"));
        assertEquals(List.of(TypeNotification.RAPPEL_NUMERO_ADHERENT),
                espace.notifications.envoyees().stream().map(Notification::type).toList());
    }

    @Test
    void a_value_that_cannot_be_is_shown_beside_its_field_with_what_was_typed() {
        HttpResponse<String> numero = serveur.postFormulaire("/mot-de-passe-oublie",
                serveur.avecJeton(Map.of("numeroAdherent", "12 34")), langue(Langue.FR));
        HttpResponse<String> email = serveur.postFormulaire("/identifiant-oublie",
                serveur.avecJeton(Map.of("email", "pas une adresse")), langue(Langue.EN));

        assertEquals(400, numero.statusCode());
        assertTrue(numero.body().contains("id=\"champ-numeroAdherent-erreur\""), numero.body());
        assertTrue(numero.body().contains("value=\"12 34\""));
        assertEquals(400, email.statusCode());
        assertTrue(email.body().contains("The e-mail address is not valid."), email.body());
        assertTrue(espace.notifications.envoyees().isEmpty());
    }

    @Test
    void the_api_answers_202_with_the_same_body_either_way() {
        HttpResponse<String> connu = serveur.postJson("/api/v1/mot-de-passe-oublie", "{\"numeroAdherent\":\"10000001\"}");
        HttpResponse<String> inconnu = serveur.postJson("/api/v1/mot-de-passe-oublie",
                "{\"numeroAdherent\":\"10000009\"}");
        HttpResponse<String> emailConnu = serveur.postJson("/api/v1/identifiant-oublie",
                "{\"email\":\"rh@expat-conseil.fr\"}", langue(Langue.EN));
        HttpResponse<String> emailInconnu = serveur.postJson("/api/v1/identifiant-oublie",
                "{\"email\":\"personne@example.fr\"}", langue(Langue.EN));

        assertEquals(202, connu.statusCode());
        assertEquals(connu.body(), inconnu.body());
        assertEquals(202, emailConnu.statusCode());
        assertEquals(emailConnu.body(), emailInconnu.body());
        assertEquals("Your request has been received. If an account matches, an e-mail has just been sent to it.",
                json(emailConnu).get("message").asText());
        assertEquals(400, serveur.postJson("/api/v1/mot-de-passe-oublie", "{\"numeroAdherent\":\"1\"}").statusCode());
    }

    @Test
    void too_many_requests_from_one_address_get_429_with_retry_after() {
        espace.limiteur.refuser("mot-de-passe-oublie:ip:", Duration.ofMinutes(5));
        espace.limiteur.refuser("identifiant-oublie:ip:", Duration.ofMinutes(5));

        HttpResponse<String> page = serveur.postFormulaire("/mot-de-passe-oublie",
                serveur.avecJeton(Map.of("numeroAdherent", "10000001")), langue(Langue.EN));
        HttpResponse<String> api = serveur.postJson("/api/v1/identifiant-oublie", "{\"email\":\"rh@expat-conseil.fr\"}");

        assertEquals(429, page.statusCode());
        assertEquals("300", page.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(page.body().contains("Try again in 5 minutes."), page.body());
        assertEquals(429, api.statusCode());
        assertEquals("300", api.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(espace.notifications.envoyees().isEmpty());
    }
}
