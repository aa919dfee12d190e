package fr.espaceentreprise.adapters.web.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts, read from the classpath once. A parsed {@link TrueTypeFont} reads its tables lazily from one
 * stream, so it must not serve two documents at the same time: each document borrows a {@link Jeu} of parsed
 * fonts from a small pool and gives it back when saved. The pool grows with the number of documents rendered
 * at once (parsing a set costs a few milliseconds) and keeps at most {@value #GARDES} sets.
 */
final class Polices {

    private static final int GARDES = 8;

    private final Map<Police, byte[]> fichiers = new EnumMap<>(Police.class);
    private final Map<Police, Metriques> metriques = new EnumMap<>(Police.class);
    private final BlockingQueue<Jeu> disponibles = new ArrayBlockingQueue<>(GARDES);

    Polices() {
        for (Police police : Police.values()) {
            fichiers.put(police, lire(police));
        }
        Jeu premier = analyser();
        for (Police police : Police.values()) {
            try {
                metriques.put(police, new Metriques(premier.police(police)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot measure " + police.ressource(), e);
            }
        }
        disponibles.offer(premier);
    }

    Metriques metriques(Police police) {
        return metriques.get(police);
    }

    Jeu emprunter() {
        Jeu jeu = disponibles.poll();
        return jeu != null ? jeu : analyser();
    }

    void rendre(Jeu jeu) {
        disponibles.offer(jeu);
    }

    private Jeu analyser() {
        Map<Police, TrueTypeFont> polices = new EnumMap<>(Police.class);
        for (Police police : Police.values()) {
            try {
                TrueTypeFont analysee = new TTFParser().parse(new RandomAccessReadBuffer(fichiers.get(police)));
                // Substitutions (ligatures...) would print glyphs our widths do not know and spoil text extraction.
                analysee.setEnableGsub(false);
                polices.put(police, analysee);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + police.ressource(), e);
            }
        }
        return new Jeu(polices);
    }

    private static byte[] lire(Police police) {
        try (InputStream flux = Polices.class.getResourceAsStream(police.ressource())) {
            if (flux == null) {
                throw new IllegalStateException("font missing from the classpath: " + police.ressource()
                        + " (net.sf.jasperreports:jasperreports-fonts)");
            }
            return flux.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + police.ressource(), e);
        }
    }

    /** One parsed font of each face, used by one document at a time. */
    static final class Jeu {

        private final Map<Police, TrueTypeFont> polices;

        private Jeu(Map<Police, TrueTypeFont> polices) {
            this.polices = polices;
        }

        TrueTypeFont police(Police police) {
            return polices.get(police);
        }
    }
}
