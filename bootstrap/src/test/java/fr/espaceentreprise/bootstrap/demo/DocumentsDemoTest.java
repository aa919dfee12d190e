package fr.espaceentreprise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.contenu.LectureDocuments;
import fr.espaceentreprise.application.contenu.DocumentResume;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The demo's documents: real PDFs, every category, French and English, published once. */
class DocumentsDemoTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-27T10:00:00Z");

    private final Stockage stockage = Persistance.sur(PostgresTestDatabase.nouvelleSourceDeDonnees(),
            Clock.systemUTC(), CleDeChiffrement.nouvelle()).stockage();
    private final LectureDocuments lecture = stockage.lectureDocuments();
    private final DocumentsDemo demo = new DocumentsDemo(stockage);

    @Test
    void every_category_gets_documents_in_french_and_in_english_once() {
        assertEquals(DocumentsDemo.FICHES.size(), demo.publier(MAINTENANT));
        assertEquals(0, demo.publier(MAINTENANT.plusSeconds(60)));

        List<DocumentResume> publies = lecture.lister();
        assertEquals(DocumentsDemo.FICHES.size(), publies.size());
        for (CategorieDocument categorie : CategorieDocument.values()) {
            Set<Langue> langues = publies.stream().filter(document -> document.categorie() == categorie)
                    .map(DocumentResume::langue).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(Langue.class), langues, categorie.name());
        }
        assertTrue(publies.stream().allMatch(document -> document.publieLe().isBefore(MAINTENANT)));
    }

    @Test
    void each_demo_file_is_a_small_pdf_whose_text_starts_with_its_own_title() throws Exception {
        for (DocumentsDemo.Fiche fiche : DocumentsDemo.FICHES) {
            byte[] octets = DocumentsDemo.lire(fiche.fichier());
            assertTrue(octets.length < 10_000, fiche.fichier() + " " + octets.length);
            try (PDDocument pdf = Loader.loadPDF(octets)) {
                String texte = new PDFTextStripper().getText(pdf).strip();
                String titre = fiche.langue() == Langue.FR ? fiche.titreFr() : fiche.titreEn();
                String premiereLigne = texte.lines().findFirst().orElseThrow();
                assertTrue(premiereLigne.length() > 10, fiche.fichier() + ": " + premiereLigne);
                assertTrue(pdf.getNumberOfPages() >= 1);
                assertTrue(texte.length() > 300, fiche.fichier());
                assertTrue(premiereLigne.toLowerCase(Locale.ROOT).replace('’', '\'').startsWith(
                        titre.substring(0, 10).toLowerCase(Locale.ROOT).replace('’', '\'')),
                        fiche.fichier() + ": " + premiereLigne + " / " + titre);
            }
        }
    }
}
