package fr.espaceentreprise.adapters.web.pdf;

import static fr.espaceentreprise.adapters.web.pdf.AttestationPdfTest.assertContientDansLOrdre;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.AUJOURDHUI;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.DOCUMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AppelPdfTest {

    private static final String FINE = "\u202F";
    private static final String INSECABLE = "\u00A0";

    /** 12 345,67 € for the second quarter of 2026, due on 15 July 2026, 2 345,67 € paid in two payments. */
    private static AppelDeCotisation appelPartiellementPaye() {
        return UnAppelDeCotisation.parDefaut().quittance("Q-2026-000042")
                .periode(Periode.trimestre(2026, 2)).echeance(LocalDate.of(2026, 7, 15))
                .montantAppele("12345,67")
                .payeLe(LocalDate.of(2026, 7, 1), "2000")
                .payeLe(LocalDate.of(2026, 8, 3), "345,67")
                .build();
    }

    private static ConsulterCotisations.FicheAppel fiche(AppelDeCotisation appel, List<Paiement> paiements) {
        ConsulterCotisations.FicheAppel fiche = DonneesPdf.fiche(appel);
        return new ConsulterCotisations.FicheAppel(fiche.appel(), paiements);
    }

    @Test
    void in_french_it_shows_the_call_its_amounts_its_state_and_its_payments() {
        ConsulterCotisations.FicheAppel fiche = fiche(appelPartiellementPaye(), List.of(
                DonneesPdf.paiement(LocalDate.of(2026, 7, 1), 200_000, "VIR SEPA EXPAT CONSEIL 2026-07"),
                DonneesPdf.paiement(LocalDate.of(2026, 8, 3), 34_567, null)));

        String texte = PdfLu.lire(DOCUMENTS.appel(fiche, Langue.FR, AUJOURDHUI)).texte();

        assertContientDansLOrdre(texte,
                "Appel de cotisations",
                "Quittance n° Q-2026-000042",
                "Entreprise", "Expat Conseil SAS",
                "Contrat n°", "CT-2024-0001",
                "N° de quittance", "Q-2026-000042",
                "Période", "du 01/04/2026 au 30/06/2026",
                "Échéance", "15/07/2026",
                "Montant appelé", "12" + FINE + "345,67" + INSECABLE + "€",
                "Montant payé", "2" + FINE + "345,67" + INSECABLE + "€",
                "Reste à payer", "10" + FINE + "000,00" + INSECABLE + "€",
                "État au 27/11/2026", "En retard",
                "Paiements reçus",
                "Date", "Montant", "Référence",
                "01/07/2026", "2" + FINE + "000,00" + INSECABLE + "€", "VIR SEPA EXPAT CONSEIL 2026-07",
                "03/08/2026", "345,67" + INSECABLE + "€",
                "Page 1 / 1");
    }

    @Test
    void in_english_it_uses_english_words_dates_and_amounts() {
        ConsulterCotisations.FicheAppel fiche = fiche(appelPartiellementPaye(), List.of(
                DonneesPdf.paiement(LocalDate.of(2026, 7, 1), 200_000, "VIR 1")));

        String texte = PdfLu.lire(DOCUMENTS.appel(fiche, Langue.EN, AUJOURDHUI)).texte();

        assertContientDansLOrdre(texte,
                "Contribution call",
                "Notice no. Q-2026-000042",
                "Company", "Expat Conseil SAS",
                "Period", "1 Apr 2026 to 30 Jun 2026",
                "Due date", "15 Jul 2026",
                "Amount called", "€12,345.67",
                "Amount paid", "€2,345.67",
                "Amount outstanding", "€10,000.00",
                "Status on 27 Nov 2026", "Overdue",
                "Payments received",
                "1 Jul 2026", "€2,000.00", "VIR 1");
    }

    @Test
    void says_when_nothing_has_been_paid() {
        AppelDeCotisation impaye = UnAppelDeCotisation.parDefaut().echeance(AUJOURDHUI.plusDays(10)).build();

        String texte = PdfLu.lire(DOCUMENTS.appel(fiche(impaye, List.of()), Langue.FR, AUJOURDHUI)).texte();

        assertTrue(texte.contains("À payer"), texte);
        assertTrue(texte.contains("Aucun paiement n’a été reçu pour cet appel."), texte);
        assertFalse(texte.contains("Référence"), texte);
    }

    @Test
    void a_long_bank_reference_is_printed_whole_over_several_lines() {
        String reference = "REF " + "ABCDEFGHIJ".repeat(13);
        ConsulterCotisations.FicheAppel fiche = fiche(appelPartiellementPaye(), List.of(
                DonneesPdf.paiement(LocalDate.of(2026, 7, 1), 200_000, reference)));

        String texte = PdfLu.lire(DOCUMENTS.appel(fiche, Langue.FR, AUJOURDHUI)).texte();

        assertTrue(texte.replaceAll("\\s", "").contains(reference.replace(" ", "")), texte);
    }

    @Test
    void many_payments_continue_on_a_next_page_under_the_column_titles() {
        List<Paiement> paiements = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            paiements.add(DonneesPdf.paiement(LocalDate.of(2026, 1, 1).plusDays(i), 100 + i, "PAIEMENT-" + i));
        }
        AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().montantAppele("1000").build();

        PdfLu pdf = PdfLu.lire(DOCUMENTS.appel(fiche(appel, paiements), Langue.FR, AUJOURDHUI));

        assertTrue(pdf.nombreDePages() > 1);
        for (int numero = 1; numero <= pdf.nombreDePages(); numero++) {
            assertTrue(pdf.page(numero).contains("Date Montant Référence"), pdf.page(numero));
            assertTrue(pdf.page(numero).contains("Page " + numero + " / " + pdf.nombreDePages()), pdf.page(numero));
        }
        for (int i = 0; i < 80; i++) {
            assertEquals(1, occurrences(pdf.texte(), "PAIEMENT-" + i + "\n"), "PAIEMENT-" + i);
        }
    }

    static int occurrences(String texte, String morceau) {
        int nombre = 0;
        for (int i = texte.indexOf(morceau); i >= 0; i = texte.indexOf(morceau, i + 1)) {
            nombre++;
        }
        return nombre;
    }
}
