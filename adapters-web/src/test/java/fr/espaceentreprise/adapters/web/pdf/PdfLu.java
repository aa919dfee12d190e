package fr.espaceentreprise.adapters.web.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as a reader finds it: its pages' text, its fonts, its metadata, the black squares drawn on a page. */
final class PdfLu implements AutoCloseable {

    private final PDDocument document;
    private final List<String> pages = new ArrayList<>();

    private PdfLu(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
            PDFTextStripper extracteur = new PDFTextStripper();
            extracteur.setLineSeparator("\n");
            for (int numero = 1; numero <= document.getNumberOfPages(); numero++) {
                extracteur.setStartPage(numero);
                extracteur.setEndPage(numero);
                pages.add(extracteur.getText(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the text of every page and closes the document. */
    static PdfLu lire(byte[] pdf) {
        PdfLu lu = new PdfLu(pdf);
        lu.close();
        return lu;
    }

    /** Reads, and keeps the document open for {@link #polices} and {@link #carresNoirs}; close it after. */
    static PdfLu ouvrir(byte[] pdf) {
        return new PdfLu(pdf);
    }

    int nombreDePages() {
        return pages.size();
    }

    /** Page {@code numero} from 1. */
    String page(int numero) {
        return pages.get(numero - 1);
    }

    String texte() {
        return String.join("\n", pages);
    }

    PDDocument document() {
        return document;
    }

    List<PDFont> polices() {
        List<PDFont> polices = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (COSName nom : page.getResources().getFontNames()) {
                    polices.add(page.getResources().getFont(nom));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return polices;
    }

    /** The rectangles filled in pure black on a page (1 = first). */
    List<Rectangle2D> carresNoirs(int numero) {
        CarresNoirs moteur = new CarresNoirs(document.getPage(numero - 1));
        try {
            moteur.processPage(document.getPage(numero - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return moteur.noirs;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CarresNoirs extends PDFGraphicsStreamEngine {

        private final List<Rectangle2D> chemin = new ArrayList<>();
        private final List<Rectangle2D> noirs = new ArrayList<>();

        CarresNoirs(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Rectangle2D rectangle = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
            rectangle.add(p1);
            rectangle.add(p2);
            rectangle.add(p3);
            chemin.add(rectangle);
        }

        @Override
        public void fillPath(int regle) throws IOException {
            if ((getGraphicsState().getNonStrokingColor().toRGB() & 0xFFFFFF) == 0) {
                noirs.addAll(chemin);
            }
            chemin.clear();
        }

        @Override
        public void fillAndStrokePath(int regle) throws IOException {
            fillPath(regle);
        }

        @Override
        public void strokePath() {
            chemin.clear();
        }

        @Override
        public void endPath() {
            chemin.clear();
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int regle) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName nom) {
        }
    }
}
