package fr.espaceentreprise.bootstrap;

import static fr.espaceentreprise.bootstrap.ClientApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The rubrique Téléchargement through the whole stack: the demo's documents listed and downloaded. */
class DocumentsDeBoutEnBoutTest extends PortailDeDemo {

    @Test
    void a_broker_lists_the_demo_documents_of_every_category_and_downloads_one() throws Exception {
        String jeton = api.connecter("20000001", "Demo-Mandataire-2026");

        JsonNode liste = json(api.get("/api/v1/documents", jeton));

        Set<String> categories = new HashSet<>();
        liste.get("items").forEach(document -> categories.add(document.get("categorie").asText()));
        assertEquals(Set.of("GUIDE_PRATIQUE", "PAIEMENT_COTISATIONS", "QUESTIONNAIRE_MEDICAL", "FEUILLE_DE_SOINS",
                "ENTENTE_PREALABLE"), categories);
        JsonNode premier = liste.get("items").get(0);
        HttpResponse<byte[]> pdf = api.envoyer(api.requete(premier.get("lien").asText(), jeton).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(premier.get("taille").asInt(), pdf.body().length);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Guide"));
        }
    }
}
