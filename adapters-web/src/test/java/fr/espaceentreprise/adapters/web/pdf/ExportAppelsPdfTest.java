package fr.espaceentreprise.adapters.web.pdf;

import static fr.espaceentreprise.adapters.web.pdf.AppelPdfTest.occurrences;
import static fr.espaceentreprise.adapters.web.pdf.AttestationPdfTest.assertContientDansLOrdre;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.AUJOURDHUI;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.DOCUMENTS;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.domain.commun.Langue;

import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class ExportAppelsPdfTest {

    private static final String FINE = "\u202F";
    private static final String INSECABLE = "\u00A0";
    private static final String TITRES_FR =
            "N° de quittance Entreprise Contrat Période Échéance Appelé Payé Reste à payer État";

    @Test
    void a_long_export_spans_pages_each_with_its_heading_column_titles_and_page_number() {
        PdfLu pdf = PdfLu.lire(DOCUMENTS.appels(export(250, "Expat Conseil SAS"), "Toutes les entreprises",
                "année 2024, en retard", Langue.FR, AUJOURDHUI));

        int pages = pdf.nombreDePages();
        assertTrue(pages >= 5, pages + " pages");
        for (int numero = 1; numero <= pages; numero++) {
            String page = pdf.page(numero);
            assertContientDansLOrdre(page, "Appels de cotisations", "Édité le 27/11/2026",
                    "Périmètre : Toutes les entreprises", "Filtre : année 2024, en retard",
                    TITRES_FR, "Page " + numero + " / " + pages);
            assertEquals(1, occurrences(page, "Page "), page);
        }
        for (int i = 0; i < 250; i++) {
            assertEquals(1, occurrences(pdf.texte(), String.format("Q-%08d ", i)), "Q-" + i);
        }
    }

    @Test
    void each_line_shows_the_call_and_the_totals_close_the_last_page() {
        PdfLu pdf = PdfLu.lire(DOCUMENTS.appels(export(250, "Expat Conseil SAS"), "Expat Conseil SAS", "",
                Langue.FR, AUJOURDHUI));

        assertContientDansLOrdre(pdf.page(1), "Q-00000000", "Expat Conseil SAS", "CT-2024-0001",
                "01/01/2024 – 31/03/2024", "15/04/2024",
                "1" + FINE + "000,00" + INSECABLE + "€", "250,00" + INSECABLE + "€", "750,00" + INSECABLE + "€",
                "En retard");
        String derniere = pdf.page(pdf.nombreDePages());
        assertContientDansLOrdre(derniere, "Q-00000249", "Total", "250 appels",
                "250" + FINE + "000,00" + INSECABLE + "€", "62" + FINE + "500,00" + INSECABLE + "€",
                "187" + FINE + "500,00" + INSECABLE + "€");
        assertFalse(pdf.texte().contains("Filtre"), "no filter line when there is no filter");
    }

    @Test
    void in_english_words_dates_and_amounts_are_english() {
        PdfLu pdf = PdfLu.lire(DOCUMENTS.appels(export(1, "Expat Conseil SAS"), "All companies", "2024",
                Langue.EN, AUJOURDHUI));

        assertContientDansLOrdre(pdf.texte(), "Contribution calls", "Printed on 27 Nov 2026", "Scope: All companies",
                "Filter: 2024", "Notice no. Company Contract Period Due date Called Paid Outstanding Status",
                "Q-00000000", "Expat Conseil SAS", "1 Jan 2024 – 31 Mar 2024", "15 Apr 2024",
                "€1,000.00", "€250.00", "€750.00", "Overdue",
                "Total", "1 call", "€1,000.00", "€250.00", "€750.00", "Page 1 / 1");
    }

    @Test
    void is_printed_in_landscape() {
        try (PdfLu pdf = PdfLu.ouvrir(DOCUMENTS.appels(export(3, "Expat Conseil SAS"), "x", "", Langue.FR,
                AUJOURDHUI))) {
            PDRectangle format = pdf.document().getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), format.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getWidth(), format.getHeight(), 0.01);
        }
    }

    @Test
    void long_names_are_cut_to_their_column_with_an_ellipsis() {
        String longue = "Compagnie Internationale de Conseil, d’Ingénierie et de Services aux Expatriés Łódź Şişli SAS";

        String texte = PdfLu.lire(DOCUMENTS.appels(export(2, longue), "Toutes", "", Langue.FR, AUJOURDHUI)).texte();

        assertFalse(texte.contains(longue), texte);
        assertTrue(texte.contains("Compagnie Internationale de"), texte);
        assertEquals(2, occurrences(texte, "…"), texte);
    }

    @Test
    void names_from_every_country_print_as_typed() {
        for (String nom : List.of("Łukasz Wróbel Sp. z o.o.", "Şükrü Çelik A.Ş.", "Nguyễn Thị Hoa")) {
            assertTrue(PdfLu.lire(DOCUMENTS.appels(export(1, nom), nom, "", Langue.FR, AUJOURDHUI)).texte()
                    .contains(nom + " CT-2024-0001"), nom);
        }
    }

    @Test
    void an_empty_export_still_renders_and_says_there_is_nothing() {
        ConsulterCotisations.Export vide = new ConsulterCotisations.Export(List.of(), TotauxAppels.ZERO);

        PdfLu francais = PdfLu.lire(DOCUMENTS.appels(vide, "Expat Conseil SAS", "2031", Langue.FR, AUJOURDHUI));
        PdfLu anglais = PdfLu.lire(DOCUMENTS.appels(vide, "Expat Conseil SAS", "2031", Langue.EN, AUJOURDHUI));

        assertEquals(1, francais.nombreDePages());
        assertContientDansLOrdre(francais.texte(), TITRES_FR,
                "Aucun appel de cotisations ne correspond à ce filtre.", "Total 0 appel 0,00" + INSECABLE + "€",
                "Page 1 / 1");
        assertTrue(anglais.texte().contains("No contribution call matches this filter."), anglais.texte());
    }

    @Test
    void a_thousand_calls_end_with_their_count_and_totals_in_thousands() {
        PdfLu pdf = PdfLu.lire(DOCUMENTS.appels(export(1000, "Expat Conseil SAS"), "Toutes", "", Langue.FR,
                AUJOURDHUI));

        assertContientDansLOrdre(pdf.page(pdf.nombreDePages()), "Q-00000999", "Total", "1" + FINE + "000 appels",
                "1" + FINE + "000" + FINE + "000,00" + INSECABLE + "€");
    }
}
