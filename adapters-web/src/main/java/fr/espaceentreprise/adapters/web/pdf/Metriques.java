package fr.espaceentreprise.adapters.web.pdf;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What layout needs to know of one font, read once and never changed, so that every thread can measure text
 * without touching the (not thread-safe) font objects: the advance width of each character of the Basic
 * Multilingual Plane, or -1 when the font has no glyph for it.
 */
final class Metriques {

    static final char REMPLACEMENT = '?';

    private final float[] largeurs = new float[0x10000];

    Metriques(TrueTypeFont police) throws IOException {
        CmapLookup cmap = police.getUnicodeCmapLookup();
        float unites = police.getUnitsPerEm();
        for (int point = 0; point < largeurs.length; point++) {
            int glyphe = cmap.getGlyphId(point);
            largeurs[point] = glyphe == 0 ? -1 : police.getAdvanceWidth(glyphe) * 1000f / unites;
        }
        if (largeurs[REMPLACEMENT] < 0) {
            throw new IllegalStateException("the font has no '?' glyph");
        }
    }

    boolean imprime(int point) {
        return point < largeurs.length && largeurs[point] >= 0;
    }

    /**
     * The text as it can be printed with this font: composed (NFC, so that "ễ" typed as e + two accents finds
     * its glyph), control characters as spaces, and any character the font lacks as '?', rather than failing
     * the whole document over one unusual letter.
     */
    String imprimable(String texte) {
        if (texte == null) {
            return "";
        }
        String compose = Normalizer.isNormalized(texte, Normalizer.Form.NFC)
                ? texte
                : Normalizer.normalize(texte, Normalizer.Form.NFC);
        StringBuilder resultat = null;
        for (int i = 0; i < compose.length(); ) {
            int point = compose.codePointAt(i);
            int longueur = Character.charCount(point);
            boolean aRemplacer = Character.isISOControl(point) || !imprime(point);
            if (aRemplacer && resultat == null) {
                resultat = new StringBuilder(compose.length()).append(compose, 0, i);
            }
            if (resultat != null) {
                if (aRemplacer) {
                    resultat.append(Character.isISOControl(point) ? ' ' : REMPLACEMENT);
                } else {
                    resultat.appendCodePoint(point);
                }
            }
            i += longueur;
        }
        return resultat == null ? compose : resultat.toString();
    }

    /** Width in points of a text already {@link #imprimable printable}, at the given size. */
    float largeur(String imprimable, float taille) {
        float milliemes = 0;
        for (int i = 0; i < imprimable.length(); i++) {
            milliemes += largeurs[imprimable.charAt(i)];
        }
        return milliemes * taille / 1000f;
    }

    float largeur(char caractere, float taille) {
        return largeurs[caractere] * taille / 1000f;
    }
}
