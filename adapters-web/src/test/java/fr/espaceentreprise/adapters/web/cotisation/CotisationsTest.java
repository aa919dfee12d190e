package fr.espaceentreprise.adapters.web.cotisation;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.consultation.Monde;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CotisationsTest {

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
    void the_appels_are_listed_newest_due_date_first_with_totals_and_a_visible_state_in_french() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/cotisations?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = espaces(reponse.body());
        assertTrue(page.contains("<h1>Cotisations</h1>"), page);
        assertEquals(List.of("Q-PRV-2026-1", "Q-DUR-2026-1", "Q-DUR-2025-4", "Q-DUR-2025-3"), quittances(page));
        assertTrue(page.contains("<dt>Montant appelé</dt><dd>4 600,00 €</dd>"), page);
        assertTrue(page.contains("<dt>Montant payé</dt><dd>1 700,00 €</dd>"), page);
        assertTrue(page.contains("<dt>Restant à payer</dt><dd>2 900,00 €</dd>"), page);
        assertTrue(page.contains("<span class=\"etat etat--en-retard\">En retard</span>"), page);
        assertTrue(page.contains("<span class=\"etat etat--solde\">Soldé</span>"), page);
        assertTrue(page.contains("<span class=\"etat etat--a-payer\">À payer</span>"), page);
        assertTrue(page.contains("<td class=\"date\">01/10/2025 – 31/12/2025</td>"), page);
        assertTrue(page.contains("<a href=\"/cotisations/" + monde.enRetard.id() + ".pdf\">PDF"), page);
        assertTrue(page.contains("<th scope=\"col\" class=\"montant\">Restant à payer</th>"), page);
        assertFalse(page.contains("Toutes les entreprises"), "an entreprise user has one company");
    }

    @Test
    void the_page_speaks_english() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/cotisations?lang=en").body();

        assertTrue(page.contains("<h1>Contributions</h1>"), page);
        assertTrue(page.contains(">Overdue</span>"), page);
        assertTrue(page.contains("<dd>€4,600.00</dd>"), page);
        assertTrue(page.contains("<td class=\"date\">1 Oct 2025 – 31 Dec 2025</td>"), page);
    }

    @Test
    void the_filters_narrow_the_list_and_its_totals() {
        monde.connecter(serveur, monde.durand);

        String parAnnee = espaces(serveur.get("/cotisations?lang=fr&annee=2025").body());
        String parEtat = serveur.get("/cotisations?etat=EN_RETARD").body();
        String parContrat = serveur.get("/cotisations?contratId=" + monde.prevoyanceDurand.id()).body();

        assertEquals(List.of("Q-DUR-2025-4", "Q-DUR-2025-3"), quittances(parAnnee));
        assertTrue(parAnnee.contains("<dt>Montant appelé</dt><dd>2 700,00 €</dd>"), parAnnee);
        assertTrue(parAnnee.contains("value=\"2025\""), parAnnee);
        assertEquals(List.of("Q-DUR-2025-4"), quittances(parEtat));
        assertTrue(parEtat.contains("<option value=\"EN_RETARD\" selected>"), parEtat);
        assertEquals(List.of("Q-PRV-2026-1"), quittances(parContrat));
    }

    @Test
    void bad_filters_show_their_errors_and_an_empty_list_with_status_400() {
        monde.connecter(serveur, monde.durand);

        HttpResponse<String> reponse = serveur.get("/cotisations?lang=fr&annee=1800&etat=PERDU");

        assertEquals(400, reponse.statusCode());
        String page = reponse.body();
        assertEquals(List.of(), quittances(page));
        assertTrue(page.contains("<p id=\"champ-annee-erreur\" class=\"champ__erreur\">"), page);
        assertTrue(page.contains("L’année n’est pas valide"), page);
        assertTrue(page.contains("<p id=\"champ-etat-erreur\" class=\"champ__erreur\">"), page);
        assertTrue(page.contains("value=\"1800\""), "what was typed is kept");
        assertFalse(page.contains("Totaux"), page);
    }

    @Test
    void pages_follow_one_another_by_cursor_keeping_the_filters_and_the_totals_cover_the_whole_filter() {
        monde.connecter(serveur, monde.durand);

        String premiere = serveur.get("/cotisations?lang=fr&taille=2&contratId=" + monde.santeDurand.id()).body();
        String suivante = lien(premiere, "Page suivante");
        String seconde = espaces(serveur.get(suivante).body());

        assertEquals(List.of("Q-DUR-2026-1", "Q-DUR-2025-4"), quittances(premiere));
        assertTrue(suivante.contains("contratId=" + monde.santeDurand.id()), suivante);
        assertTrue(suivante.contains("taille=2"), suivante);
        assertEquals(List.of("Q-DUR-2025-3"), quittances(seconde));
        assertFalse(seconde.contains("Page suivante"), seconde);
        assertTrue(seconde.contains("<dt>Montant appelé</dt><dd>4 300,00 €</dd>"), seconde);
        assertEquals(List.of("Q-DUR-2026-1", "Q-DUR-2025-4"),
                quittances(serveur.get(lien(seconde, "Retour au début de la liste")).body()));
    }

    @Test
    void the_filter_is_exported_as_one_pdf() {
        monde.connecter(serveur, monde.durand);
        String page = serveur.get("/cotisations?lang=fr&annee=2025").body();

        HttpResponse<byte[]> reponse = serveur.getOctets(lien(page, "Exporter ces appels (PDF)"));

        assertEquals(200, reponse.statusCode());
        assertEquals("application/pdf", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"cotisations-" + monde.durand.numeroAdherent().valeur()
                + "-2026-03-02.pdf\"", reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", reponse.headers().firstValue("Cache-Control").orElseThrow());
        String texte = Monde.texte(reponse.body());
        assertTrue(texte.contains("Q-DUR-2025-4"), texte);
        assertTrue(texte.contains("Q-DUR-2025-3"), texte);
        assertFalse(texte.contains("Q-DUR-2026-1"), texte);
        assertTrue(texte.contains("Durand SA"), texte);
        assertTrue(texte.contains("Année 2025"), texte);
    }

    @Test
    void the_filter_is_exported_as_csv_with_amounts_in_euros_with_a_dot() {
        monde.connecter(serveur, monde.durand);
        String page = serveur.get("/cotisations?lang=fr&etat=EN_RETARD").body();

        HttpResponse<String> reponse = serveur.get(lien(page, "Exporter ces appels (CSV)"));

        assertEquals(200, reponse.statusCode());
        assertEquals("text/csv; charset=utf-8", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"cotisations-" + monde.durand.numeroAdherent().valeur()
                + "-2026-03-02.csv\"", reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(List.of("\uFEFFQuittance;Entreprise;Contrat;Début de période;Fin de période;Échéance;"
                        + "Montant appelé (EUR);Montant payé (EUR);Restant à payer (EUR);État",
                "Q-DUR-2025-4;Durand SA;SANTE-DUR-01;2025-10-01;2025-12-31;2026-01-15;1500.00;500.00;1000.00;"
                        + "En retard"), List.of(reponse.body().split("\r\n")));
    }

    @Test
    void one_appel_shows_its_payments_and_its_pdf() {
        monde.connecter(serveur, monde.durand);

        String page = espaces(serveur.get("/cotisations/" + monde.enRetard.id() + "?lang=fr").body());
        HttpResponse<byte[]> pdf = serveur.getOctets("/cotisations/" + monde.enRetard.id() + ".pdf");

        assertTrue(page.contains("<h1>Appel de cotisations n° Q-DUR-2025-4</h1>"), page);
        assertTrue(page.contains("<td class=\"montant\">500,00 €</td>"), page);
        assertTrue(page.contains("10 janvier 2026"), page);
        assertTrue(page.contains("<a class=\"bouton\" href=\"/cotisations/" + monde.enRetard.id() + ".pdf\">"), page);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"appel-q-dur-2025-4.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(Monde.texte(pdf.body()).contains("Q-DUR-2025-4"));
    }

    @Test
    void one_appel_and_the_exports_speak_english_too() {
        monde.connecter(serveur, monde.durand);

        String page = serveur.get("/cotisations/" + monde.enRetard.id() + "?lang=en").body();
        String csv = serveur.get("/cotisations/export.csv?etat=SOLDE").body();
        String pdf = Monde.texte(serveur.getOctets("/cotisations/export.pdf?annee=2025").body());
        String appel = Monde.texte(serveur.getOctets("/cotisations/" + monde.enRetard.id() + ".pdf").body());

        assertTrue(page.contains("<h1>Contribution call no. Q-DUR-2025-4</h1>"), page);
        assertTrue(page.contains("<td class=\"montant\">€500.00</td>"), page);
        assertTrue(page.contains("January 10, 2026"), page);
        assertEquals(List.of("\uFEFFNotice number;Company;Contract;Period start;Period end;Due date;"
                        + "Amount called (EUR);Amount paid (EUR);Amount outstanding (EUR);Status",
                "Q-DUR-2025-3;Durand SA;SANTE-DUR-01;2025-07-01;2025-09-30;2025-10-15;1200.00;1200.00;0.00;Paid"),
                List.of(csv.split("\r\n")));
        assertTrue(pdf.contains("Contribution calls"), pdf);
        assertTrue(pdf.contains("Year 2025"), pdf);
        assertTrue(appel.contains("Contribution call"), appel);
    }

    @Test
    void a_broker_sees_all_his_companies_at_once_with_a_company_column() {
        monde.connecterCourtier(serveur);

        String page = serveur.get("/cotisations?lang=fr&entreprise=toutes").body();

        assertEquals(List.of("Q-DUR-2026-1", "Q-OZT-2026-1", "Q-DUR-2025-4", "Q-DUR-2025-3"), quittances(page));
        assertTrue(page.contains("<option value=\"toutes\" selected>Toutes les entreprises</option>"), page);
        assertTrue(page.contains("<th scope=\"col\">Raison sociale</th>"), page);
        assertTrue(page.contains("<td>Öztürk Export</td>"), page);
        assertFalse(page.contains("Q-PRV-2026-1"), "the death and disability contrat is not his");
        assertFalse(page.contains("Q-MAR-2026-1"), page);
    }

    @Test
    void a_broker_exports_his_whole_portfolio() {
        monde.connecterCourtier(serveur);

        HttpResponse<byte[]> reponse = serveur.getOctets("/cotisations/export.pdf?entreprise=toutes&lang=fr");

        assertEquals(200, reponse.statusCode());
        assertEquals("attachment; filename=\"cotisations-portefeuille-2026-03-02.pdf\"",
                reponse.headers().firstValue("Content-Disposition").orElseThrow());
        String texte = Monde.texte(reponse.body());
        assertTrue(texte.contains("Q-OZT-2026-1"), texte);
        assertTrue(texte.contains("Toutes les entreprises"), texte);
    }

    @Test
    void an_export_over_the_limit_asks_to_narrow_the_filter() {
        Contrat gros = monde.espace.contrat(UnContrat.de(monde.martin.id()).numero("GROS-MAR-01"));
        for (int i = 0; i <= ConsulterCotisations.EXPORT_MAX; i++) {
            monde.espace.appel(UnAppelDeCotisation.sur(gros.id()).quittance(String.format("Q-GROS-%06d", i)));
        }
        monde.connecter(serveur, monde.martin);

        HttpResponse<String> page = serveur.get("/cotisations/export.pdf?lang=fr&contratId=" + gros.id());
        HttpResponse<String> api = serveur.get("/api/v1/cotisations/export?format=csv&contratId=" + gros.id(),
                bearer(monde.jeton(serveur, monde.martin)));

        assertEquals(409, page.statusCode());
        assertTrue(espaces(page.body()).contains("L’export est limité à 10 000 appels"), page.body());
        assertFalse(page.headers().firstValue("Content-Disposition").isPresent());
        assertEquals(409, api.statusCode());
        assertEquals("cotisation.export.trop_volumineux", json(api).get("code").asText());
    }

    @Test
    void the_api_lists_appels_in_cents_with_totals_and_a_cursor() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));
        String base = "/api/v1/entreprises/" + monde.durand.id() + "/cotisations";

        JsonNode premiere = json(serveur.get(base + "?taille=3", durand));
        JsonNode seconde = json(serveur.get(base + "?taille=3&curseur="
                + URLEncoder.encode(premiere.get("suivant").asText(), StandardCharsets.UTF_8), durand));

        assertEquals(3, premiere.get("items").size());
        assertEquals(460000, premiere.get("totaux").get("montantAppele").asLong());
        assertEquals(170000, premiere.get("totaux").get("montantPaye").asLong());
        assertEquals(290000, premiere.get("totaux").get("montantRestant").asLong());
        JsonNode appel = seconde.get("items").get(0);
        assertEquals("Q-DUR-2025-3", appel.get("numeroQuittance").asText());
        assertEquals(120000, appel.get("montantAppele").asLong());
        assertEquals(0, appel.get("montantRestant").asLong());
        assertEquals("SOLDE", appel.get("etat").asText());
        assertEquals("2025-07-01", appel.get("periode").get("debut").asText());
        assertEquals("2025-10-15", appel.get("echeance").asText());
        assertEquals("SANTE-DUR-01", appel.get("numeroContrat").asText());
        assertTrue(seconde.get("suivant").isNull());
    }

    @Test
    void the_api_filters_and_reports_every_bad_parameter() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));
        String base = "/api/v1/entreprises/" + monde.durand.id() + "/cotisations";

        JsonNode filtree = json(serveur.get(base + "?annee=2026&etat=A_PAYER", durand));
        HttpResponse<String> erronee = serveur.get(base + "?annee=deux-mille&etat=x&contratId=y", durand);

        assertEquals(2, filtree.get("items").size());
        assertEquals(190000, filtree.get("totaux").get("montantAppele").asLong());
        assertEquals(400, erronee.statusCode());
        List<String> codes = new ArrayList<>();
        json(erronee).get("errors").forEach(erreur -> codes.add(erreur.get("code").asText()));
        assertEquals(List.of("identifiant.invalide", "cotisation.annee.invalide", "cotisation.etat.invalide"), codes);
    }

    @Test
    void the_api_gives_the_whole_portfolio_and_its_exports() {
        String[] courtier = bearer(monde.jetonCourtier(serveur));

        JsonNode portefeuille = json(serveur.get("/api/v1/cotisations", courtier));
        HttpResponse<String> csv = serveur.get("/api/v1/cotisations/export?format=csv&etat=EN_RETARD", courtier);
        HttpResponse<byte[]> pdf = serveur.getOctets("/api/v1/entreprises/" + monde.ozturk.id()
                + "/cotisations/export", courtier);
        HttpResponse<String> format = serveur.get("/api/v1/cotisations/export?format=xls", courtier);

        assertEquals(4, portefeuille.get("items").size());
        assertEquals(510000, portefeuille.get("totaux").get("montantAppele").asLong());
        assertEquals(200, csv.statusCode());
        assertEquals(2, csv.body().split("\r\n").length, csv.body());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Monde.texte(pdf.body()).contains("Q-OZT-2026-1"));
        assertEquals(400, format.statusCode());
        assertEquals("export.format.invalide", json(format).get("code").asText());
    }

    @Test
    void the_api_gives_one_appel_with_its_payments_and_its_pdf() {
        String[] durand = bearer(monde.jeton(serveur, monde.durand));

        JsonNode appel = json(serveur.get("/api/v1/cotisations/" + monde.enRetard.id(), durand));
        HttpResponse<byte[]> pdf = serveur.getOctets("/api/v1/cotisations/" + monde.enRetard.id() + "/pdf", durand);

        assertEquals("Q-DUR-2025-4", appel.get("numeroQuittance").asText());
        assertEquals("EN_RETARD", appel.get("etat").asText());
        assertEquals(100000, appel.get("montantRestant").asLong());
        assertEquals(1, appel.get("paiements").size());
        assertEquals("2026-01-10", appel.get("paiements").get(0).get("date").asText());
        assertEquals(50000, appel.get("paiements").get(0).get("montant").asLong());
        assertEquals(200, pdf.statusCode());
        assertTrue(Monde.texte(pdf.body()).contains("Q-DUR-2025-4"));
    }

    /** Non-breaking spaces of number formats as plain ones, to compare amounts. */
    private static String espaces(String page) {
        return page.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static List<String> quittances(String page) {
        List<String> quittances = new ArrayList<>();
        Matcher ligne = Pattern.compile("<th scope=\"row\"><a href=\"/cotisations/[0-9a-f-]+\">([^<]+)</a></th>")
                .matcher(page);
        while (ligne.find()) {
            quittances.add(ligne.group(1));
        }
        return quittances;
    }

    private static String lien(String page, String texte) {
        Matcher lien = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(texte) + "</a>").matcher(page);
        if (!lien.find()) {
            throw new AssertionError("no link " + texte + " in " + page);
        }
        return lien.group(1).replace("&amp;", "&");
    }
}
