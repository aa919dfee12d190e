package fr.espaceentreprise.adapters.web.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * One document being written: its pages, the drawing of the current page, and text measured, wrapped and cut
 * with the fonts' metrics. Coordinates are PDF points from the bottom left corner of the page. Every text
 * passes through {@link Metriques#imprimable} first, so no character can make PDFBox fail.
 */
final class Redaction implements AutoCloseable {

    static final String POINTS_DE_SUSPENSION = "…";

    /** A face and a size. */
    record Style(Police police, float taille) {
    }

    private final PDDocument document = new PDDocument();
    private final Polices polices;
    private final Map<Police, PDType0Font> fontes = new EnumMap<>(Police.class);
    private final PDRectangle format;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream flux;
    private Style styleCourant;
    private float grisCourant;

    Redaction(Polices polices, Polices.Jeu jeu, PDRectangle format, TextesPdf textes, String titre) {
        this.polices = polices;
        this.format = format;
        try {
            for (Police police : Police.values()) {
                fontes.put(police, PDType0Font.load(document, jeu.police(police), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.getDocumentInformation().setTitle(titre);
        document.getDocumentInformation().setProducer("Espace Entreprise");
        document.getDocumentInformation().setCreator("Espace Entreprise");
        document.getDocumentCatalog().setLanguage(textes.etiquetteLangue());
        PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    PDDocument document() {
        return document;
    }

    float largeurPage() {
        return format.getWidth();
    }

    float hauteurPage() {
        return format.getHeight();
    }

    int nombreDePages() {
        return pages.size();
    }

    /** Closes the current page, if any, and starts the next one. */
    void nouvellePage() {
        try {
            fermerFlux();
            PDPage page = new PDPage(format);
            document.addPage(page);
            pages.add(page);
            flux = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as this style can print it. */
    String imprimable(String texte, Style style) {
        return polices.metriques(style.police()).imprimable(texte);
    }

    float largeur(String texte, Style style) {
        Metriques metriques = polices.metriques(style.police());
        return metriques.largeur(metriques.imprimable(texte), style.taille());
    }

    /** Writes the text with its left end at x, on the baseline y. */
    void texte(String texte, float x, float y, Style style) {
        String imprimable = imprimable(texte, style);
        if (imprimable.isEmpty()) {
            return;
        }
        try {
            if (!style.equals(styleCourant)) {
                flux.setFont(fontes.get(style.police()), style.taille());
                styleCourant = style;
            }
            flux.beginText();
            flux.newLineAtOffset(x, y);
            flux.showText(imprimable);
            flux.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the text with its right end at x. */
    void texteADroite(String texte, float x, float y, Style style) {
        texte(texte, x - largeur(texte, style), y, style);
    }

    /** The text cut to fit the width, ending with "…" when it was too long. */
    String tronquer(String texte, Style style, float largeurMax) {
        Metriques metriques = polices.metriques(style.police());
        String imprimable = metriques.imprimable(texte);
        if (metriques.largeur(imprimable, style.taille()) <= largeurMax) {
            return imprimable;
        }
        float disponible = largeurMax - metriques.largeur(POINTS_DE_SUSPENSION, style.taille());
        float largeur = 0;
        int fin = 0;
        while (fin < imprimable.length()) {
            float suivante = largeur + metriques.largeur(imprimable.charAt(fin), style.taille());
            if (suivante > disponible) {
                break;
            }
            largeur = suivante;
            fin++;
        }
        return imprimable.substring(0, fin).stripTrailing() + POINTS_DE_SUSPENSION;
    }

    /** The text broken into lines that fit the width: between words, or inside a word longer than a line. */
    List<String> couper(String texte, Style style, float largeurMax) {
        Metriques metriques = polices.metriques(style.police());
        float espace = metriques.largeur(' ', style.taille());
        List<String> lignes = new ArrayList<>();
        StringBuilder ligne = new StringBuilder();
        float largeurLigne = 0;
        for (String mot : metriques.imprimable(texte).strip().split(" +")) {
            float largeurMot = metriques.largeur(mot, style.taille());
            if (ligne.length() > 0 && largeurLigne + espace + largeurMot <= largeurMax) {
                ligne.append(' ').append(mot);
                largeurLigne += espace + largeurMot;
                continue;
            }
            if (ligne.length() > 0) {
                lignes.add(ligne.toString());
                ligne.setLength(0);
                largeurLigne = 0;
            }
            for (int i = 0; i < mot.length(); i++) {
                float largeurCaractere = metriques.largeur(mot.charAt(i), style.taille());
                if (ligne.length() > 0 && largeurLigne + largeurCaractere > largeurMax) {
                    lignes.add(ligne.toString());
                    ligne.setLength(0);
                    largeurLigne = 0;
                }
                ligne.append(mot.charAt(i));
                largeurLigne += largeurCaractere;
            }
        }
        if (ligne.length() > 0 || lignes.isEmpty()) {
            lignes.add(ligne.toString());
        }
        return lignes;
    }

    void trait(float x1, float y1, float x2, float y2, float epaisseur, float gris) {
        try {
            flux.setLineWidth(epaisseur);
            flux.setStrokingColor(gris);
            flux.moveTo(x1, y1);
            flux.lineTo(x2, y2);
            flux.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void cadre(float x, float y, float largeur, float hauteur, float epaisseur, float gris) {
        try {
            flux.setLineWidth(epaisseur);
            flux.setStrokingColor(gris);
            flux.addRect(x, y, largeur, hauteur);
            flux.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a rectangle to the path that the next {@link #remplir} fills. */
    void rectangle(float x, float y, float largeur, float hauteur) {
        try {
            flux.addRect(x, y, largeur, hauteur);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the rectangles added since the last fill, in a grey from 0 (black) to 1 (white); text stays black. */
    void remplir(float gris) {
        try {
            couleurDeRemplissage(gris);
            flux.fill();
            couleurDeRemplissage(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void couleurDeRemplissage(float gris) throws IOException {
        if (gris != grisCourant) {
            flux.setNonStrokingColor(gris);
            grisCourant = gris;
        }
    }

    /**
     * Writes "Page n / N" at the bottom right of every page, and a note at the bottom left, once the number of
     * pages is known.
     */
    void piedsDePage(TextesPdf textes, String note, Style style, float marge, float y) {
        fermerFlux();
        int total = pages.size();
        for (int numero = 1; numero <= total; numero++) {
            try (PDPageContentStream pied = new PDPageContentStream(document, pages.get(numero - 1),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                flux = pied;
                styleCourant = null;
                grisCourant = 0;
                String page = textes.t("pied.page", "numero", numero, "total", total);
                texteADroite(page, largeurPage() - marge, y, style);
                float placePourLaNote = largeurPage() - 2 * marge - largeur(page, style) - 12;
                texte(tronquer(note, style, placePourLaNote), marge, y, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                flux = null;
            }
        }
    }

    byte[] enregistrer() {
        try {
            fermerFlux();
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(16 * 1024);
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fermerFlux() {
        if (flux != null) {
            try {
                flux.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                flux = null;
                styleCourant = null;
                grisCourant = 0;
            }
        }
    }

    @Override
    public void close() {
        try {
            if (flux != null) {
                flux.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
