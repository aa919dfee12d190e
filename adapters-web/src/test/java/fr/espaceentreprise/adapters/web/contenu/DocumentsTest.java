package fr.espaceentreprise.adapters.web.contenu;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.CorpsMultipart;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.contenu.EspaceDocuments;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rubrique Téléchargement and its back office over HTTP: pages in both languages, downloads, API. */
class DocumentsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private final EspaceDocuments espace = new EspaceDocuments();
    private final byte[] octetsGuide = pdfReel();
    private Document guide;
    private Document mandat;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace.compteEntreprise();
        espace.compteGestionnaire();
        guide = espace.publie(UnDocument.guide()
                .intitule("Guide de la protection sociale à l’étranger", "Guide to social protection abroad")
                .decrit("Ce que couvre le contrat, et comment être remboursé.", "What the contract covers.")
                .nomme("Guide protection sociale.pdf").contenu(octetsGuide));
        mandat = espace.publie(UnDocument.de(CategorieDocument.PAIEMENT_COTISATIONS)
                .intitule("Mandat de prélèvement SEPA", "SEPA direct debit mandate").enLangue(Langue.EN)
                .contenu(pdfDeTaille(2 * 1024 * 1024 + 300 * 1024)));
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private void connecter(String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecter(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(303, reponse.statusCode(), reponse.body());
    }

    // --- the rubrique

    @Test
    void the_page_lists_the_documents_by_category_in_french() {
        connecter("10000001");

        HttpResponse<String> reponse = serveur.get("/telechargements?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Téléchargement</h1>"), page);
        assertTrue(page.contains("<a href=\"/telechargements\" aria-current=\"page\">Téléchargement</a>"), page);
        assertTrue(page.contains(">Guides pratiques de l’expatriation et de la protection sociale</h2>"), page);
        assertTrue(page.contains(">Paiement des cotisations</h2>"), page);
        assertTrue(page.indexOf("Guides pratiques") < page.indexOf("Paiement des cotisations"), page);
        assertTrue(page.contains("<a href=\"/telechargements/" + guide.id() + "\" type=\"application/pdf\""
                + " hreflang=\"fr\" download>Guide de la protection sociale à l’étranger"), page);
        assertTrue(page.contains("Ce que couvre le contrat, et comment être remboursé."), page);
        assertTrue(page.contains("Document en anglais · PDF, 2,3 Mo · publié le 15 janvier 2026"), page);
        assertTrue(page.contains("Document en français · PDF, 1 Ko"), page);
    }

    @Test
    void the_page_speaks_english() {
        connecter("10000001");

        String page = serveur.get("/telechargements?lang=en").body();

        assertTrue(page.contains("<h1>Downloads</h1>"), page);
        assertTrue(page.contains(">Guide to social protection abroad<"), page);
        assertTrue(page.contains("What the contract covers."), page);
        assertTrue(page.contains(">Paying contributions</h2>"), page);
        assertTrue(page.contains("Document in English · PDF, 2.3 MB · published on"), page);
        assertFalse(page.contains("Guide de la protection sociale"), page);
    }

    @Test
    void a_visitor_is_sent_to_the_login_page() {
        HttpResponse<String> reponse = serveur.get("/telechargements");

        assertEquals(303, reponse.statusCode());
        assertEquals(401, serveur.get("/api/v1/documents").statusCode());
        assertEquals(303, serveur.get("/telechargements/" + guide.id()).statusCode());
    }

    @Test
    void a_download_is_the_pdf_as_an_attachment_with_a_safe_name() {
        connecter("10000001");

        HttpResponse<byte[]> reponse = serveur.getOctets("/telechargements/" + guide.id());

        assertEquals(200, reponse.statusCode());
        assertEquals("application/pdf", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"guide-protection-sociale.pdf\"",
                reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", reponse.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertArrayEquals(octetsGuide, reponse.body());
    }

    @Test
    void an_unknown_or_malformed_id_is_404_everywhere() {
        String jeton = Navigation.jeton(serveur, "10000001", EspaceComptes.MOT_DE_PASSE);
        connecter("10000001");

        assertEquals(404, serveur.get("/telechargements/" + DocumentId.nouveau()).statusCode());
        assertEquals(404, serveur.get("/telechargements/pas-un-id").statusCode());
        HttpResponse<String> api = serveur.get("/api/v1/documents/" + DocumentId.nouveau(), bearer(jeton));
        assertEquals(404, api.statusCode());
        assertEquals("document.introuvable", json(api).get("code").asText());
    }

    // --- API

    @Test
    void the_api_lists_every_document_in_the_users_language_on_one_page() {
        String jeton = Navigation.jeton(serveur, "10000001", EspaceComptes.MOT_DE_PASSE);

        JsonNode liste = json(serveur.get("/api/v1/documents", bearer(jeton)));

        assertTrue(liste.has("suivant") && liste.get("suivant").isNull(), liste.toString());
        assertEquals(2, liste.get("items").size(), liste.toString());
        JsonNode premier = liste.at("/items/0");
        assertEquals(guide.id().toString(), premier.get("id").asText());
        assertEquals("GUIDE_PRATIQUE", premier.get("categorie").asText());
        assertEquals("Guide de la protection sociale à l’étranger", premier.get("titre").asText());
        assertEquals("FR", premier.get("langue").asText());
        assertEquals("Guide protection sociale.pdf", premier.get("nomFichier").asText());
        assertEquals(octetsGuide.length, premier.get("taille").asInt());
        assertEquals("2026-01-15T09:00:00Z", premier.get("publieLe").asText());
        assertEquals("/api/v1/documents/" + guide.id(), premier.get("lien").asText());
        assertEquals("PAIEMENT_COTISATIONS", liste.at("/items/1/categorie").asText());
    }

    @Test
    void the_api_speaks_the_language_of_an_english_account() {
        espace.comptes.compteActif(fr.espaceentreprise.domain.compte.UnUtilisateur.entreprise()
                .numeroAdherent("10000009").langue(Langue.EN));
        String jeton = Navigation.jeton(serveur, "10000009", EspaceComptes.MOT_DE_PASSE);

        JsonNode liste = json(serveur.get("/api/v1/documents", bearer(jeton)));

        assertEquals("Guide to social protection abroad", liste.at("/items/0/titre").asText());
        assertEquals("What the contract covers.", liste.at("/items/0/description").asText());
    }

    @Test
    void the_api_downloads_the_pdf() {
        String jeton = Navigation.jeton(serveur, "10000001", EspaceComptes.MOT_DE_PASSE);

        HttpResponse<byte[]> reponse = serveur.getOctets("/api/v1/documents/" + guide.id(), bearer(jeton));

        assertEquals(200, reponse.statusCode());
        assertEquals("application/pdf", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(reponse.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertArrayEquals(octetsGuide, reponse.body());
    }

    // --- back office

    @Test
    void the_back_office_lists_the_documents_with_a_withdraw_button_and_the_upload_form() {
        connecter("90000001");

        HttpResponse<String> reponse = serveur.get("/gestion/documents?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Documents à télécharger</h1>"), page);
        assertTrue(page.contains("<a href=\"/gestion/documents\" aria-current=\"page\">Documents</a>"), page);
        assertTrue(page.contains("action=\"/gestion/documents/" + guide.id() + "/retrait\""), page);
        assertTrue(page.contains("enctype=\"multipart/form-data\""), page);
        assertTrue(page.contains("<label for=\"champ-fichier\">Fichier PDF"), page);
    }

    @Test
    void the_back_office_page_speaks_english() {
        connecter("90000001");

        String page = serveur.get("/gestion/documents?lang=en").body();

        assertTrue(page.contains("<h1>Documents to download</h1>"), page);
        assertTrue(page.contains("<label for=\"champ-titreEn\">Title in English"), page);
    }

    @Test
    void a_gestionnaire_publishes_a_real_pdf_that_users_then_download() {
        connecter("90000001");
        byte[] pdf = pdfReel();

        HttpResponse<String> reponse = envoyer(champs(CategorieDocument.FEUILLE_DE_SOINS, "Feuille de soins"),
                "feuille de soins.pdf", pdf);

        assertEquals(303, reponse.statusCode(), reponse.body());
        assertEquals("/gestion/documents?publie=1", reponse.headers().firstValue("Location").orElseThrow());
        Document publie = espace.documents.tous().stream()
                .filter(document -> document.categorie() == CategorieDocument.FEUILLE_DE_SOINS)
                .findFirst().orElseThrow();
        assertEquals("Feuille de soins", publie.titreFr());
        assertEquals("feuille de soins.pdf", publie.nomFichier());
        assertEquals(1, espace.comptes.journal.deType(TypeEvenementAudit.DOCUMENT_PUBLIE).size());
        assertTrue(serveur.get("/gestion/documents?publie=1&lang=fr").body()
                .contains("Le document est publié dans la rubrique Téléchargement."));
        assertArrayEquals(pdf, serveur.getOctets("/telechargements/" + publie.id()).body());
    }

    @Test
    void a_png_renamed_pdf_is_refused_with_its_error_on_the_file_field_and_the_typed_fields_kept() {
        connecter("90000001");

        HttpResponse<String> reponse = envoyer(champs(CategorieDocument.GUIDE_PRATIQUE, "Photo"), "photo.pdf", PNG);

        assertEquals(400, reponse.statusCode(), reponse.body());
        String page = reponse.body();
        assertTrue(page.contains("<p id=\"champ-fichier-erreur\" class=\"champ__erreur\">"), page);
        assertTrue(page.contains("Ce fichier n’est pas un PDF"), page);
        assertTrue(page.contains("aria-invalid=\"true\" aria-describedby=\"champ-fichier-aide champ-fichier-erreur\""),
                page);
        assertTrue(page.contains("name=\"titreFr\" type=\"text\" value=\"Photo\""), page);
        assertEquals(2, espace.documents.taille());
        assertEquals(List.of(), espace.comptes.journal.deType(TypeEvenementAudit.DOCUMENT_PUBLIE));
    }

    @Test
    void every_missing_field_is_reported_at_once() {
        connecter("90000001");
        Map<String, String> vides = new LinkedHashMap<>(Map.of("categorie", "", "titreFr", "", "titreEn", "",
                "descriptionFr", "", "descriptionEn", "", "langue", "DE"));

        HttpResponse<String> reponse = envoyer(vides, null, null);

        assertEquals(400, reponse.statusCode());
        String page = reponse.body();
        for (String champ : List.of("categorie", "titreFr", "titreEn", "descriptionFr", "descriptionEn", "langue",
                "fichier")) {
            assertTrue(page.contains("id=\"champ-" + champ + "-erreur\""), champ + "\n" + page);
        }
        assertEquals(2, espace.documents.taille());
    }

    @Test
    void a_gestionnaire_withdraws_a_document_which_then_answers_404() {
        connecter("90000001");

        HttpResponse<String> reponse = serveur.postFormulaire("/gestion/documents/" + guide.id() + "/retrait",
                serveur.avecJeton(Map.of()));

        assertEquals(303, reponse.statusCode(), reponse.body());
        assertEquals(1, espace.comptes.journal.deType(TypeEvenementAudit.DOCUMENT_RETIRE).size());
        assertEquals(404, serveur.get("/telechargements/" + guide.id()).statusCode());
        assertFalse(serveur.get("/telechargements").body().contains(guide.id().toString()));
        assertEquals(404, serveur.postFormulaire("/gestion/documents/" + guide.id() + "/retrait",
                serveur.avecJeton(Map.of())).statusCode());
    }

    @Test
    void withdrawing_without_the_csrf_token_is_refused() {
        connecter("90000001");

        HttpResponse<String> reponse = serveur.postFormulaire("/gestion/documents/" + guide.id() + "/retrait",
                Map.of());

        assertEquals(403, reponse.statusCode());
        assertEquals(2, espace.documents.taille());
    }

    @Test
    void a_front_office_user_gets_404_on_the_back_office() {
        connecter("10000001");

        assertEquals(404, serveur.get("/gestion/documents").statusCode());
        assertEquals(404, envoyer(champs(CategorieDocument.GUIDE_PRATIQUE, "Guide"), "g.pdf", pdfReel())
                .statusCode());
        assertEquals(404, serveur.postFormulaire("/gestion/documents/" + guide.id() + "/retrait",
                serveur.avecJeton(Map.of())).statusCode());
        assertEquals(2, espace.documents.taille());
        assertFalse(serveur.get("/telechargements").body().contains("/gestion/documents"));
    }

    // --- helpers

    private static Map<String, String> champs(CategorieDocument categorie, String titre) {
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("categorie", categorie.name());
        champs.put("titreFr", titre);
        champs.put("titreEn", titre + " (EN)");
        champs.put("descriptionFr", "Description de " + titre);
        champs.put("descriptionEn", "Description of " + titre);
        champs.put("langue", "FR");
        return champs;
    }

    private HttpResponse<String> envoyer(Map<String, String> champs, String nomFichier, byte[] contenu) {
        CorpsMultipart corps = new CorpsMultipart().champ("_csrf", serveur.jetonCsrf());
        champs.forEach(corps::champ);
        corps.fichier("fichier", nomFichier, contenu);
        return serveur.envoyer(corps.envoyerPar(serveur.requete("/gestion/documents")));
    }

    /** A PDF as PDFBox writes it: one blank page. */
    private static byte[] pdfReel() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdfDeTaille(int taille) {
        byte[] octets = new byte[taille];
        System.arraycopy(UnDocument.OCTETS_PDF, 0, octets, 0, UnDocument.OCTETS_PDF.length);
        return octets;
    }
}
