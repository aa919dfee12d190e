package fr.espaceentreprise.adapters.web.salarie;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.consultation.Monde;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalariesTest {

    private final Monde monde = new Monde();
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        serveur = ServeurDeTest.demarrer(monde.espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    @Test
    void an_entreprise_user_sees_every_salarie_of_his_entreprise_in_name_order_in_french() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/salaries?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Gestion des salariés</h1>"), page);
        assertEquals(List.of("Adam", "Bernard", "Çelik", "Wróbel"), noms(page));
        assertTrue(page.contains("<th scope=\"col\">Nom</th>"), page);
        assertTrue(page.contains("<caption>Salariés, par ordre alphabétique</caption>"), page);
        assertTrue(page.contains("<td>Pologne</td>"), page);
        assertTrue(page.contains("<td>PREV-DUR-02, SANTE-DUR-01</td>") || page.contains("<td>SANTE-DUR-01, PREV-DUR-02</td>"),
                page);
        assertTrue(page.contains("href=\"/salaries/" + monde.wrobel.id() + "/attestation.pdf\""), page);
        assertFalse(page.contains("href=\"/salaries/" + monde.adam.id() + "/attestation.pdf\""),
                "an ended affiliation gives no attestation");
        assertTrue(page.contains("aria-current=\"page\">Salariés</a>"), page);
        assertTrue(page.contains("<label for=\"champ-recherche\">Nom (début)</label>"), page);
        assertTrue(page.contains("<option value=\"" + monde.santeDurand.id() + "\">SANTE-DUR-01 — Santé Expat CFE Confort</option>"),
                page);
        assertFalse(page.contains("Öztürk"), "nothing of another entreprise");
    }

    @Test
    void the_page_speaks_english_with_country_names_in_english() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/salaries?lang=en").body();

        assertTrue(page.contains("<h1>Employees</h1>"), page);
        assertTrue(page.contains("<td>Poland</td>"), page);
        assertTrue(page.contains("<label for=\"champ-recherche\">Surname (start)</label>"), page);
        assertTrue(page.contains(">Export this list (CSV)</a>"), page);
        assertTrue(page.contains("<option value=\"TR\">Turkey</option>") || page.contains("<option value=\"TR\">Türkiye</option>"),
                page);
    }

    @Test
    void the_search_by_the_start_of_the_name_ignores_accents_and_case() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/salaries?recherche=CEL").body();

        assertEquals(List.of("Çelik"), noms(page));
        assertTrue(page.contains("value=\"CEL\""), "the search typed is kept: " + page);
    }

    @Test
    void the_list_is_filtered_by_contrat_and_by_country() {
        monde.connecter(serveur, monde.durand);

        String parContrat = serveur.get("/salaries?contratId=" + monde.prevoyanceDurand.id()).body();
        String parPays = serveur.get("/salaries?paysExpatriation=PL").body();

        assertEquals(List.of("Bernard", "Çelik"), noms(parContrat));
        assertTrue(parContrat.contains("<option value=\"" + monde.prevoyanceDurand.id() + "\" selected>"), parContrat);
        assertEquals(List.of("Wróbel"), noms(parPays));
        assertTrue(parPays.contains("<option value=\"PL\" selected>Pologne</option>"), parPays);
    }

    @Test
    void pages_follow_one_another_by_cursor_keeping_the_filters_and_lead_back_to_the_start() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/salaries?lang=fr&taille=1&contratId=" + monde.santeDurand.id());
        String premiere = reponse.body();
        String suivante = lien(premiere, "Page suivante");
        String seconde = serveur.get(suivante).body();

        assertEquals(200, reponse.statusCode());
        assertEquals(List.of("Çelik"), noms(premiere), "Adam's affiliation to it ended");
        assertTrue(suivante.contains("contratId=" + monde.santeDurand.id()), suivante);
        assertTrue(suivante.contains("taille=1"), suivante);
        assertEquals(List.of("Wróbel"), noms(seconde));
        assertFalse(seconde.contains("Page suivante"), seconde);
        String debut = lien(seconde, "Retour au début de la liste");
        assertEquals(List.of("Çelik"), noms(serveur.get(debut).body()));
    }

    @Test
    void a_bad_filter_shows_its_error_beside_the_field_and_an_empty_list_with_status_400() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/salaries?lang=fr&contratId=pas-un-id&paysExpatriation=XX"
                + "&recherche=" + "a".repeat(81));

        assertEquals(400, reponse.statusCode());
        String page = reponse.body();
        assertEquals(List.of(), noms(page));
        assertTrue(page.contains("<p id=\"champ-contratId-erreur\" class=\"champ__erreur\">"), page);
        assertTrue(page.contains("L’identifiant n’est pas valide."), page);
        assertTrue(page.contains("<p id=\"champ-paysExpatriation-erreur\" class=\"champ__erreur\">"), page);
        assertTrue(page.contains("Ce pays n’est pas reconnu."), page);
        assertTrue(page.contains("<p id=\"champ-recherche-erreur\" class=\"champ__erreur\">"), page);
        assertTrue(page.contains("aria-describedby=\"champ-contratId-erreur\""), page);
        assertTrue(page.contains("role=\"alert\""), page);
    }

    @Test
    void a_broken_cursor_is_reported_above_the_form() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/salaries?lang=en&curseur=n1mporte-quoi");

        assertEquals(400, reponse.statusCode());
        assertTrue(reponse.body().contains("The link to the next page"), reponse.body());
    }

    @Test
    void the_csv_export_keeps_the_filters_and_is_a_utf8_file_with_bom_semicolons_and_translated_headers() {
        monde.connecter(serveur, monde.durand);
        String page = serveur.get("/salaries?lang=fr&contratId=" + monde.santeDurand.id()).body();
        String export = lien(page, "Exporter cette liste (CSV)");

        HttpResponse<byte[]> reponse = serveur.getOctets(export);

        assertEquals(200, reponse.statusCode());
        assertEquals("text/csv; charset=utf-8", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"salaries-" + monde.durand.numeroAdherent().valeur()
                + "-2026-03-02.csv\"", reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", reponse.headers().firstValue("Cache-Control").orElseThrow());
        byte[] corps = reponse.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(corps, 3));
        List<String> lignes = List.of(new String(corps, 3, corps.length - 3, StandardCharsets.UTF_8)
                .split("\r\n"));
        assertEquals(List.of(
                "Nom;Prénom;Date de naissance;Numéros de contrat;Code pays;Pays d’expatriation",
                "Çelik;Şükrü;1985-03-14;PREV-DUR-02, SANTE-DUR-01;TR;Turquie",
                "Wróbel;Łukasz;1980-04-23;SANTE-DUR-01;PL;Pologne"), lignes);
    }

    @Test
    void the_csv_headers_follow_the_language() {
        monde.connecter(serveur, monde.durand);
        serveur.get("/salaries?lang=en");

        String csv = new String(serveur.getOctets("/salaries/export.csv?paysExpatriation=PL").body(),
                StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFFSurname;First name;Date of birth;Contract numbers;Country code;"
                + "Country of expatriation\r\n"), csv);
        assertTrue(csv.contains("Wróbel;Łukasz;1980-04-23;SANTE-DUR-01;PL;Poland"), csv);
    }

    @Test
    void the_fiche_shows_identity_masked_email_country_salary_and_affiliations() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/salaries/" + monde.wrobel.id() + "?lang=fr").body();

        assertTrue(page.contains("<h1>Łukasz Wróbel</h1>"), page);
        assertTrue(page.contains("23 avril 1980"), page);
        assertFalse(page.contains("lukasz.wrobel@example.pl"), "the e-mail never leaves whole");
        assertTrue(page.contains("<dt>Pays d’expatriation</dt><dd>Pologne</dd>"), page);
        assertTrue(page.contains("4\u202F500,00\u00A0€") || page.contains("4\u00A0500,00\u00A0€"), page);
        assertTrue(page.contains("<a class=\"bouton\" href=\"/salaries/" + monde.wrobel.id()
                + "/attestation.pdf\">Télécharger l’attestation d’affiliation (PDF)</a>"), page);
        assertTrue(page.contains("SANTE-DUR-01"), page);
        assertTrue(page.contains("aria-current=\"true\">Salariés</a>"), page);
    }

    @Test
    void the_fiche_of_a_salarie_whose_affiliation_ended_offers_no_attestation() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/salaries/" + monde.adam.id() + "?lang=en").body();

        assertTrue(page.contains("This employee has no current enrolment"), page);
        assertFalse(page.contains("attestation.pdf"), page);
        assertTrue(page.contains(">Ended</span>"), page);
    }

    @Test
    void the_attestation_is_a_pdf_that_names_the_salarie_in_the_language_of_the_user() {
        monde.connecter(serveur, monde.durand);
        serveur.get("/accueil?lang=en");

        HttpResponse<byte[]> reponse = serveur.getOctets("/salaries/" + monde.wrobel.id() + "/attestation.pdf");

        assertEquals(200, reponse.statusCode());
        assertEquals("application/pdf", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"attestation-wrobel-lukasz-2026-03-02.pdf\"",
                reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", reponse.headers().firstValue("Cache-Control").orElseThrow());
        String texte = Monde.texte(reponse.body());
        assertTrue(texte.contains("Enrolment certificate"), texte);
        assertTrue(texte.contains("Wróbel"), texte);
        assertTrue(texte.contains("Łukasz"), texte);
        assertTrue(texte.contains("SANTE-DUR-01"), texte);
        assertTrue(texte.contains("http://localhost/verification/00000000000000000001"), texte);
    }

    @Test
    void the_attestation_is_in_french_for_a_french_speaking_user() {
        monde.connecter(serveur, monde.durand);
        serveur.get("/accueil?lang=fr");

        String texte = Monde.texte(serveur.getOctets("/salaries/" + monde.celik.id() + "/attestation.pdf").body());

        assertTrue(texte.contains("Attestation d’affiliation"), texte);
        assertTrue(texte.contains("Çelik"), texte);
        assertTrue(texte.contains("Şükrü"), texte);
    }

    @Test
    void asking_the_attestation_of_a_salarie_without_current_affiliation_is_refused() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/salaries/" + monde.adam.id() + "/attestation.pdf?lang=fr");

        assertEquals(409, reponse.statusCode());
        assertTrue(reponse.body().contains("aucune attestation ne peut être délivrée"), reponse.body());
    }

    @Test
    void the_api_lists_the_salaries_of_an_entreprise_by_pages_with_a_cursor() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));
        String base = "/api/v1/entreprises/" + monde.durand.id() + "/salaries";

        JsonNode premiere = json(serveur.get(base + "?taille=3", durand));
        String suivant = premiere.get("suivant").asText();
        JsonNode seconde = json(serveur.get(base + "?taille=3&curseur=" + encoder(suivant), durand));

        assertEquals(List.of("Adam", "Bernard", "Çelik"), champs(premiere.get("items"), "nom"));
        assertEquals(List.of("Wróbel"), champs(seconde.get("items"), "nom"));
        assertTrue(seconde.get("suivant").isNull(), seconde.toString());
        JsonNode wrobel = seconde.get("items").get(0);
        assertEquals(monde.wrobel.id().toString(), wrobel.get("id").asText());
        assertEquals("Łukasz", wrobel.get("prenom").asText());
        assertEquals("1980-04-23", wrobel.get("dateNaissance").asText());
        assertEquals("PL", wrobel.get("paysExpatriation").asText());
        assertEquals("SANTE-DUR-01", wrobel.get("contrats").get(0).asText());
    }

    @Test
    void the_api_filters_with_the_same_parameters() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));

        JsonNode liste = json(serveur.get("/api/v1/entreprises/" + monde.durand.id() + "/salaries?recherche=wro"
                + "&paysExpatriation=pl&contratId=" + monde.santeDurand.id(), durand));

        assertEquals(List.of("Wróbel"), champs(liste.get("items"), "nom"));
    }

    @Test
    void the_api_answers_every_bad_parameter_at_once_as_a_problem() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand), "Accept-Language", "en");

        HttpResponse<String> reponse = serveur.get("/api/v1/entreprises/" + monde.durand.id()
                + "/salaries?contratId=x&paysExpatriation=ZZ&curseur=abc&taille=500", durand);

        assertEquals(400, reponse.statusCode());
        assertEquals("application/problem+json", reponse.headers().firstValue("Content-Type").orElseThrow());
        JsonNode probleme = json(reponse);
        assertEquals(List.of("contratId", "paysExpatriation", "curseur", "taille"), champs(probleme.get("errors"),
                "champ"));
        assertEquals(List.of("identifiant.invalide", "pays.invalide", "curseur.invalide",
                "pagination.taille.invalide"), champs(probleme.get("errors"), "code"));
    }

    @Test
    void the_api_gives_the_fiche_and_the_attestation() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));

        JsonNode fiche = json(serveur.get("/api/v1/salaries/" + monde.celik.id(), durand));
        HttpResponse<byte[]> attestation = serveur.getOctets("/api/v1/salaries/" + monde.celik.id()
                + "/attestation", durand);

        assertEquals("Çelik", fiche.get("nom").asText());
        assertEquals("Durand SA", fiche.get("raisonSociale").asText());
        assertEquals(450000, fiche.get("salaireReference").asLong());
        assertEquals("TR", fiche.get("paysExpatriation").asText());
        assertFalse(fiche.get("emailMasque").asText().contains("camille.durand"), fiche.toString());
        assertEquals(2, fiche.get("affiliations").size());
        assertTrue(fiche.get("attestationDisponible").asBoolean());
        assertEquals(200, attestation.statusCode());
        assertEquals("application/pdf", attestation.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Monde.texte(attestation.body()).contains("Şükrü"));
    }

    @Test
    void the_api_export_is_the_same_csv() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));

        HttpResponse<String> reponse = serveur.get("/api/v1/entreprises/" + monde.durand.id()
                + "/salaries/export?recherche=b", durand);

        assertEquals(200, reponse.statusCode());
        assertEquals("text/csv; charset=utf-8", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of("\uFEFFNom;Prénom;Date de naissance;Numéros de contrat;Code pays;Pays d’expatriation",
                "Bernard;Émile;1985-03-14;PREV-DUR-02;SN;Sénégal"), List.of(reponse.body().split("\r\n")));
    }

    @Test
    void a_broker_sees_only_the_salaries_of_his_contrats_and_only_those_contrats() {
        monde.connecterCourtier(serveur);

        String page = serveur.get("/salaries?lang=fr&entreprise=" + monde.durand.id()).body();

        assertEquals(List.of("Adam", "Çelik", "Wróbel"), noms(page));
        assertFalse(page.contains("PREV-DUR-02"), page);
        assertTrue(page.contains("<label for=\"champ-entreprise\">Entreprise affichée</label>"), page);
        assertTrue(page.contains("<option value=\"" + monde.durand.id() + "\" selected>Durand SA"), page);
        assertTrue(page.contains("<option value=\"" + monde.ozturk.id() + "\">Öztürk Export"), page);
        assertFalse(page.contains("Martin SARL"), page);
        assertFalse(page.contains("value=\"toutes\""), "all companies at once is for contributions only");
    }

    @Test
    void a_broker_switches_entreprise_with_the_select_and_first_sees_the_first_of_his_portfolio() {
        monde.connecterCourtier(serveur);

        String parDefaut = serveur.get("/salaries").body();
        String ozturk = serveur.get("/salaries?entreprise=" + monde.ozturk.id()).body();

        assertEquals(List.of("Adam", "Çelik", "Wróbel"), noms(parDefaut), "Durand SA comes first");
        assertEquals(List.of("Öztürk"), noms(ozturk));
        assertTrue(ozturk.contains("<input type=\"hidden\" name=\"entreprise\" value=\"" + monde.ozturk.id() + "\">"),
                "the search stays on the company chosen");
    }

    private static List<String> noms(String page) {
        List<String> noms = new ArrayList<>();
        Matcher ligne = Pattern.compile("<th scope=\"row\"><a href=\"/salaries/[0-9a-f-]+\">([^<]+)</a></th>")
                .matcher(page);
        while (ligne.find()) {
            noms.add(ligne.group(1));
        }
        return noms;
    }

    static String lien(String page, String texte) {
        Matcher lien = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(texte) + "</a>").matcher(page);
        if (!lien.find()) {
            throw new AssertionError("no link " + texte + " in " + page);
        }
        return lien.group(1).replace("&amp;", "&");
    }

    private static List<String> champs(JsonNode liste, String champ) {
        List<String> valeurs = new ArrayList<>();
        liste.forEach(element -> valeurs.add(element.get(champ).asText()));
        return valeurs;
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
