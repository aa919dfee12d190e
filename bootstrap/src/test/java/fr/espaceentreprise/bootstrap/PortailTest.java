package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.compte.Totp;
import java.net.URI;
import java.time.Instant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal as main starts it: embedded PostgreSQL in the data directory, migrated, served over HTTP. */
class PortailTest {

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void starts_on_the_embedded_database_answers_ready_and_keeps_its_data_across_restarts() throws Exception {
        Configuration configuration = Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString(),
                "ESPACE_DEMO_DATA", "false"));

        try (Portail portail = Portail.demarrer(configuration)) {
            assertEquals(200, get(portail, "/health/ready").statusCode());
            executer(portail, "create table trace_de_test (valeur text); insert into trace_de_test values ('gardée')");
        }

        try (Portail portail = Portail.demarrer(configuration)) {
            assertEquals(200, get(portail, "/health/ready").statusCode());
            assertEquals("gardée", lire(portail, "select valeur from trace_de_test"));
        }
    }

    @Test
    void seeds_the_demo_data_once_and_finds_it_again_after_a_restart() throws Exception {
        Configuration configuration = Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString()));

        String avant;
        try (Portail portail = Portail.demarrer(configuration)) {
            avant = lire(portail, COMPTAGES);
            assertEquals("4 entreprises", avant.substring(0, avant.indexOf(',')));
        }

        try (Portail portail = Portail.demarrer(configuration)) {
            assertEquals(avant, lire(portail, COMPTAGES));
        }
    }

    @Test
    void opens_the_login_page_and_lets_a_demo_account_log_in_on_postgresql() throws Exception {
        Configuration configuration = Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString()));

        try (Portail portail = Portail.demarrer(configuration)) {
            HttpResponse<String> connexion = get(portail, "/");
            assertEquals(200, connexion.statusCode());
            assertTrue(connexion.body().contains("name=\"numeroAdherent\""), connexion.body());

            HttpResponse<String> sansCode = connexion(portail, "");
            assertEquals(401, sansCode.statusCode(), sansCode.body());
            assertTrue(sansCode.body().contains("connexion.second_facteur_requis"), sansCode.body());
            String code = Totp.code(ClientApi.SECRET_DEMO, Totp.pas(Instant.now()));
            HttpResponse<String> session = connexion(portail, ",\"codeSecondFacteur\":\"" + code + "\"");
            assertEquals(201, session.statusCode(), session.body());
            assertTrue(session.body().contains("\"etapes\":[]"), session.body());
            String jeton = session.body().replaceAll(".*\"jeton\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> moi = client.send(HttpRequest.newBuilder(
                    URI.create(portail.adresseLocale() + "/api/v1/moi"))
                    .header("Authorization", "Bearer " + jeton).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, moi.statusCode(), moi.body());
            assertTrue(moi.body().contains("\"profil\":\"ENTREPRISE\""), moi.body());
            HttpResponse<String> cgu = get(portail, "/cgu");
            assertTrue(cgu.body().contains("Article 1 — Objet"), cgu.body());
        }
    }

    private static final String COMPTAGES = "select (select count(*) from entreprise) || ' entreprises, '"
            + " || (select count(*) from salarie) || ' salaries, '"
            + " || (select count(*) from appel_de_cotisation) || ' appels, '"
            + " || (select count(*) from demande) || ' demandes'";

    private HttpResponse<String> get(Portail portail, String chemin) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portail.adresseLocale() + chemin)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void executer(Portail portail, String sql) throws Exception {
        try (Connection connexion = portail.dataSource().getConnection(); Statement requete = connexion.createStatement()) {
            requete.execute(sql);
        }
    }

    private static String lire(Portail portail, String sql) throws Exception {
        try (Connection connexion = portail.dataSource().getConnection();
                Statement requete = connexion.createStatement();
                ResultSet resultat = requete.executeQuery(sql)) {
            resultat.next();
            return resultat.getString(1);
        }
    }

    /** The demo company's login, with what {@code suite} adds to its JSON body. */
    private HttpResponse<String> connexion(Portail portail, String suite) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portail.adresseLocale() + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"numeroAdherent\":\"10000001\",\"motDePasse\":\"Demo-Entreprise-2026\"" + suite + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
