package fr.espaceentreprise.adapters.web.pdf;

import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.CODE;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.DOCUMENTS;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.LIEN;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.attestation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.salarie.Attestation;

import io.nayuki.qrcodegen.QrCode;

import java.awt.geom.Rectangle2D;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AttestationPdfTest {

    private static String texte(Attestation attestation, Langue langue) {
        return PdfLu.lire(DOCUMENTS.attestation(attestation, langue, LIEN)).texte();
    }

    @Test
    void in_french_it_certifies_the_salarie_the_entreprise_and_each_affiliation() {
        String texte = texte(attestation("Camille", "Durand"), Langue.FR);

        assertContientDansLOrdre(texte,
                "Humanis Assurances · Humanis Prévoyance",
                "Attestation d’affiliation",
                "Les organismes assureurs soussignés certifient que",
                "Camille Durand",
                "né(e) le 14/03/1985",
                "est affilié(e) au titre du contrat collectif souscrit par l’entreprise",
                "Expat Conseil SAS",
                "numéro d’adhérent 10203040",
                "aux garanties suivantes",
                "CT-2024-0001", "Santé expatriés en complément", "Humanis Assurances", "01/01/2024",
                "CT-2024-0002", "Prévoyance décès et invalidité", "Humanis Prévoyance", "01/06/2024",
                "Attestation établie le 27/11/2026",
                "Code de vérification",
                "01234-56789-ABCDE-FGHJK",
                "https://espace.example.fr/verification/0123456789ABCDEFGHJK",
                "Page 1 / 1");
    }

    @Test
    void in_english_it_says_the_same_in_english_words_and_dates() {
        String texte = texte(attestation("Camille", "Durand"), Langue.EN);

        assertContientDansLOrdre(texte,
                "Enrolment certificate",
                "The undersigned insurers certify that",
                "Camille Durand",
                "born on 14 Mar 1985",
                "is enrolled under the group contract subscribed by the company",
                "Expat Conseil SAS",
                "member number 10203040",
                "CT-2024-0001", "Expatriate health top-up to CFE", "Humanis Assurances", "1 Jan 2024",
                "CT-2024-0002", "Death and disability cover", "Humanis Prévoyance", "1 Jun 2024",
                "Certificate issued on 27 Nov 2026",
                "Verification code",
                "01234-56789-ABCDE-FGHJK",
                "https://espace.example.fr/verification/0123456789ABCDEFGHJK");
        assertFalse(texte.contains("affiliation"), texte);
    }

    @Test
    void one_insurer_speaks_in_the_singular() {
        Attestation deuxLignes = attestation("Camille", "Durand");
        Attestation uneLigne = new Attestation(deuxLignes.code(), deuxLignes.salarieId(),
                deuxLignes.numeroAdherentEntreprise(), deuxLignes.raisonSociale(), deuxLignes.nom(),
                deuxLignes.prenom(), deuxLignes.dateNaissance(), deuxLignes.dateEmission(), deuxLignes.emiseLe(),
                deuxLignes.lignes().subList(0, 1));

        String texte = texte(uneLigne, Langue.FR);

        assertTrue(texte.contains("L’organisme assureur soussigné certifie que"), texte);
        assertFalse(texte.contains("Humanis Prévoyance"), texte);
    }

    @ParameterizedTest
    @CsvSource({"Łukasz, Wróbel", "Şükrü, Çelik", "Thị Hoa, Nguyễn", "Αλέξανδρος, Παπαδόπουλος",
            "Дмитрий, Иванов", "Zoë, Ó Súilleabháin-Ðorđević"})
    void names_from_every_country_print_as_typed(String prenom, String nom) {
        for (Langue langue : Langue.values()) {
            assertTrue(texte(attestation(prenom, nom), langue).contains(prenom + " " + nom));
        }
    }

    @Test
    void a_name_typed_with_combining_accents_prints_composed() {
        Attestation attestation = avecNom(attestation("Camille", "Durand"),
                Normalizer.normalize("Thị Hoa", Normalizer.Form.NFD), Normalizer.normalize("Nguyễn", Normalizer.Form.NFD));

        assertTrue(texte(attestation, Langue.FR).contains("Thị Hoa Nguyễn"));
    }

    @Test
    void a_letter_the_font_lacks_prints_as_a_question_mark_instead_of_failing() {
        Attestation attestation = avecNom(attestation("Camille", "Durand"), "Wei", "王");

        assertTrue(texte(attestation, Langue.FR).contains("Wei ?"));
    }

    @Test
    void shows_no_personal_data_beyond_the_certificate() {
        Attestation attestation = attestation("Camille", "Durand");

        String texte = texte(attestation, Langue.FR);

        assertFalse(texte.contains(attestation.salarieId().toString()), texte);
        assertFalse(texte.contains("salarie.prive@example.org"), texte);
        assertFalse(texte.contains("4 500") || texte.contains("4500"), "reference salary: " + texte);
    }

    @Test
    void is_one_page() {
        assertEquals(1, PdfLu.lire(DOCUMENTS.attestation(attestation("Camille", "Durand"), Langue.FR, LIEN))
                .nombreDePages());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void embeds_subsets_of_dejavu_sans(Langue langue) {
        try (PdfLu pdf = PdfLu.ouvrir(DOCUMENTS.attestation(attestation("Şükrü", "Çelik"), langue, LIEN))) {
            List<PDFont> polices = pdf.polices();

            assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold"),
                    polices.stream().map(police -> police.getName().substring(7)).sorted().distinct().toList());
            for (PDFont police : polices) {
                assertTrue(police.isEmbedded(), police.getName());
                assertTrue(police.getName().matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), police.getName());
            }
        }
    }

    @Test
    void stays_small_because_fonts_are_subsets() {
        byte[] pdf = DOCUMENTS.attestation(attestation("Camille", "Durand"), Langue.FR, LIEN);

        assertTrue(pdf.length < 100_000, pdf.length + " bytes");
    }

    @ParameterizedTest
    @CsvSource({"FR, fr-FR, Attestation d’affiliation", "EN, en-GB, Enrolment certificate"})
    void tells_its_title_and_language_to_readers_and_screen_readers(Langue langue, String etiquette, String titre) {
        try (PdfLu pdf = PdfLu.ouvrir(DOCUMENTS.attestation(attestation("Camille", "Durand"), langue, LIEN))) {
            assertEquals(etiquette, pdf.document().getDocumentCatalog().getLanguage());
            assertEquals(titre, pdf.document().getDocumentInformation().getTitle());
            assertEquals("Espace Entreprise", pdf.document().getDocumentInformation().getProducer());
        }
    }

    @Test
    void draws_the_qr_code_of_the_verification_address_as_black_squares() {
        QrCode attendu = QrCode.encodeText(LIEN.toString(), QrCode.Ecc.MEDIUM);

        boolean[][] lu;
        try (PdfLu pdf = PdfLu.ouvrir(DOCUMENTS.attestation(attestation("Camille", "Durand"), Langue.FR, LIEN))) {
            lu = modules(pdf.carresNoirs(1), attendu.size);
        }

        for (int y = 0; y < attendu.size; y++) {
            for (int x = 0; x < attendu.size; x++) {
                assertEquals(attendu.getModule(x, y), lu[y][x], "module " + x + "," + y);
            }
        }
    }

    @Test
    void the_qr_code_follows_the_address_it_is_given() {
        java.net.URI autre = java.net.URI.create("https://autre.example.org/verification/" + CODE);
        QrCode attendu = QrCode.encodeText(autre.toString(), QrCode.Ecc.MEDIUM);
        QrCode ancien = QrCode.encodeText(LIEN.toString(), QrCode.Ecc.MEDIUM);

        try (PdfLu pdf = PdfLu.ouvrir(DOCUMENTS.attestation(attestation("Camille", "Durand"), Langue.FR, autre))) {
            boolean[][] lu = modules(pdf.carresNoirs(1), attendu.size);
            boolean commeLAncien = true;
            for (int y = 0; y < ancien.size && y < attendu.size; y++) {
                for (int x = 0; x < ancien.size && x < attendu.size; x++) {
                    commeLAncien &= ancien.getModule(x, y) == lu[y][x];
                }
            }
            assertFalse(commeLAncien);
            assertTrue(pdf.page(1).contains(autre.toString()));
        }
    }

    /** The grid of a QR code read back from its squares: module size from the smallest height, origin top left. */
    private static boolean[][] modules(List<Rectangle2D> carres, int taille) {
        assertFalse(carres.isEmpty(), "no black square on the page");
        double gauche = carres.stream().mapToDouble(Rectangle2D::getMinX).min().orElseThrow();
        double haut = carres.stream().mapToDouble(Rectangle2D::getMaxY).max().orElseThrow();
        double droite = carres.stream().mapToDouble(Rectangle2D::getMaxX).max().orElseThrow();
        double module = (droite - gauche) / taille;
        boolean[][] grille = new boolean[taille][taille];
        for (Rectangle2D carre : carres) {
            int rangee = (int) Math.round((haut - carre.getMaxY()) / module);
            int debut = (int) Math.round((carre.getMinX() - gauche) / module);
            int fin = (int) Math.round((carre.getMaxX() - gauche) / module);
            assertEquals(module, carre.getHeight(), 0.01, "a square one module high");
            for (int x = debut; x < fin; x++) {
                grille[rangee][x] = true;
            }
        }
        return grille;
    }

    private static Attestation avecNom(Attestation a, String prenom, String nom) {
        return new Attestation(a.code(), a.salarieId(), a.numeroAdherentEntreprise(), a.raisonSociale(), nom, prenom,
                a.dateNaissance(), a.dateEmission(), a.emiseLe(), a.lignes());
    }

    static void assertContientDansLOrdre(String texte, String... morceaux) {
        int depuis = 0;
        for (String morceau : morceaux) {
            int trouve = texte.indexOf(morceau, depuis);
            assertTrue(trouve >= 0, "\"" + morceau + "\" missing (or out of order) after position " + depuis
                    + " in:\n" + texte);
            depuis = trouve + morceau.length();
        }
    }
}
