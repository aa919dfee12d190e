package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Totp;
import java.net.URI;
import java.time.Instant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sign-up through the real stack: request, back-office validation, the two e-mails received by a real
 * SMTP server (GreenMail), and a first login with the temporary password they carry.
 */
class InscriptionDeBoutEnBoutTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Portail portail;

    @BeforeEach
    void demarrer() {
        smtp.start();
        portail = Portail.demarrer(Configuration.depuis(Map.of(
                "ESPACE_PORT", "0",
                "ESPACE_DATA_DIR", dataDir.toString(),
                "ESPACE_SMTP_HOST", "127.0.0.1",
                "ESPACE_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "ESPACE_SMTP_STARTTLS", "false")));
    }

    @AfterEach
    void arreter() {
        portail.close();
        smtp.stop();
    }

    @Test
    void a_validated_sign_up_sends_two_separate_mails_and_the_temporary_password_opens_the_first_login()
            throws Exception {
        HttpResponse<String> demande = post("/api/v1/inscriptions", Optional.empty(), """
                {"profil": "ENTREPRISE", "raisonSociale": "Delta Santé Conseil SAS", "siret": "74530698500037",
                 "email": "claire.martin@delta.example", "numeroAdherent": "10000004",
                 "nom": "Martin", "prenom": "Claire", "dateNaissance": "1980-05-12"}""");
        assertEquals(202, demande.statusCode(), demande.body());

        String gestionnaire = jeton("90000001", "Demo-Gestion-2026", Totp.code(ClientApi.SECRET_DEMO,
                Totp.pas(Instant.now())));
        JsonNode enAttente = json.readTree(get("/api/v1/gestion/inscriptions", gestionnaire).body()).get("items");
        assertEquals(1, enAttente.size());
        String id = enAttente.get(0).get("id").asText();
        assertEquals(200, post("/api/v1/gestion/inscriptions/" + id + "/validation", Optional.of(gestionnaire), "{}")
                .statusCode());

        assertTrue(smtp.waitForIncomingEmail(30_000, 2), "the two sign-up mails arrive");
        MimeMessage[] recus = smtp.getReceivedMessages();
        assertEquals(2, recus.length);
        String motDePasse = null;
        String rappel = null;
        for (MimeMessage recu : recus) {
            assertEquals("claire.martin@delta.example", recu.getAllRecipients()[0].toString());
            String texte = texte(recu);
            if (texte.contains("10000004")) {
                rappel = texte;
            } else {
                motDePasse = ligneSeule(texte);
            }
        }
        assertTrue(rappel != null && motDePasse != null, "one mail reminds the number, the other holds the password");
        assertTrue(!rappel.contains(motDePasse), "the password is not in the reminder");

        JsonNode connexion = json.readTree(post("/api/v1/sessions", Optional.empty(),
                "{\"numeroAdherent\": \"10000004\", \"motDePasse\": \"" + motDePasse + "\"}").body());
        assertEquals("[\"CHANGER_MOT_DE_PASSE\",\"CONFIRMER_EMAIL\",\"ENROLER_SECOND_FACTEUR\",\"ACCEPTER_CGU\"]",
                connexion.get("etapes").toString());
        String claire = connexion.get("jeton").asText();
        HttpResponse<String> moi = get("/api/v1/moi", claire);
        assertEquals(403, moi.statusCode());
        assertEquals("CHANGER_MOT_DE_PASSE", json.readTree(moi.body()).get("etape").asText());

        assertNotEquals(201, post("/api/v1/sessions", Optional.empty(),
                "{\"numeroAdherent\": \"10000004\", \"motDePasse\": \"" + motDePasse + "\"}").statusCode(),
                "a temporary password is used once");
        premiereConnexion(claire);
    }

    /**
     * The rest of the first login through the API: her own password, the e-mail code read from GreenMail, a second
     * factor enrolled with a code computed here from the secret given, the CGU; then she logs in with both
     * factors, and the notices of her new password and factor have reached her mailbox.
     */
    private void premiereConnexion(String claire) throws Exception {
        String choisi = "Mésange-Cadran-Falaise-93";
        assertEquals(200, put("/api/v1/moi/mot-de-passe", claire,
                "{\"nouveauMotDePasse\": \"" + choisi + "\"}").statusCode());
        assertEquals(202, post("/api/v1/moi/email/code", Optional.of(claire), "{}").statusCode());
        String code = ligne(dernierRecu(4), "\\d{6}");
        assertEquals(200, post("/api/v1/moi/email/confirmation", Optional.of(claire),
                "{\"code\": \"" + code + "\"}").statusCode());

        JsonNode enrolement = json.readTree(post("/api/v1/moi/second-facteur", Optional.of(claire), "{}").body());
        SecretTotp secret = SecretTotp.depuisBase32(enrolement.get("secret").asText());
        assertTrue(enrolement.get("uri").asText().startsWith("otpauth://totp/"), enrolement.toString());
        long pas = Totp.pas(Instant.now());
        HttpResponse<String> activation = post("/api/v1/moi/second-facteur/confirmation", Optional.of(claire),
                "{\"code\": \"" + Totp.code(secret, pas) + "\"}");
        assertEquals(200, activation.statusCode(), activation.body());
        assertEquals(10, json.readTree(activation.body()).get("codesDeSecours").size());
        String version = json.readTree(get("/api/v1/cgu", claire).body()).get("version").asText();
        assertEquals(200, post("/api/v1/moi/cgu/acceptation", Optional.of(claire),
                "{\"version\": \"" + version + "\"}").statusCode());
        assertEquals(200, get("/api/v1/moi", claire).statusCode());

        String corps = "{\"numeroAdherent\": \"10000004\", \"motDePasse\": \"" + choisi + "\"";
        HttpResponse<String> sansCode = post("/api/v1/sessions", Optional.empty(), corps + "}");
        assertEquals(401, sansCode.statusCode());
        assertEquals("connexion.second_facteur_requis", json.readTree(sansCode.body()).get("code").asText());
        assertEquals(201, post("/api/v1/sessions", Optional.empty(), corps + ", \"codeSecondFacteur\": \""
                + Totp.code(secret, pas + 1) + "\"}").statusCode());

        assertTrue(smtp.waitForIncomingEmail(30_000, 5), "after the sign-up's two: the e-mail code and two notices");
        String avis = Arrays.stream(smtp.getReceivedMessages()).map(InscriptionDeBoutEnBoutTest::sujet)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(avis.contains("mot de passe"), avis);
        assertTrue(avis.contains("deux étapes"), avis);
    }

    private String dernierRecu(int nombre) throws Exception {
        assertTrue(smtp.waitForIncomingEmail(30_000, nombre), "mail number " + nombre + " arrives");
        MimeMessage[] recus = smtp.getReceivedMessages();
        return texte(recus[recus.length - 1]);
    }

    private static String ligne(String texte, String motif) {
        return Arrays.stream(texte.split("\\R")).map(String::strip).filter(ligne -> ligne.matches(motif))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + motif + " in: " + texte));
    }

    private static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The temporary password stands alone on its own line: the one line of 16 characters without spaces. */
    private static String ligneSeule(String texte) {
        return Arrays.stream(texte.split("\\R"))
                .map(String::strip)
                .filter(ligne -> ligne.matches("[A-Za-z0-9]{16,}"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no password line in: " + texte));
    }

    private static String texte(Part partie) throws Exception {
        if (partie.isMimeType("text/plain")) {
            return (String) partie.getContent();
        }
        if (partie.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) partie.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart sousPartie = multipart.getBodyPart(i);
                String texte = texte(sousPartie);
                if (!texte.isEmpty()) {
                    return texte;
                }
            }
        }
        return "";
    }

    private String jeton(String numeroAdherent, String motDePasse, String code) throws Exception {
        HttpResponse<String> reponse = post("/api/v1/sessions", Optional.empty(), "{\"numeroAdherent\": \""
                + numeroAdherent + "\", \"motDePasse\": \"" + motDePasse + "\", \"codeSecondFacteur\": \"" + code + "\"}");
        assertEquals(201, reponse.statusCode(), reponse.body());
        return json.readTree(reponse.body()).get("jeton").asText();
    }

    private HttpResponse<String> get(String chemin, String jeton) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portail.adresseLocale() + chemin))
                .header("Authorization", "Bearer " + jeton).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String chemin, String jeton, String corps) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portail.adresseLocale() + chemin))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + jeton)
                .PUT(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String chemin, Optional<String> jeton, String corps) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(portail.adresseLocale() + chemin))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps));
        jeton.ifPresent(valeur -> requete.header("Authorization", "Bearer " + valeur));
        return client.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }
}
