package fr.espaceentreprise.adapters.web.pdf;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes): each row's runs of dark modules
 * become one rectangle. In a PDF ({@link #dessiner}) they are filled black at once, the caller leaving a light
 * margin of four modules around; in a page ({@link #svg}) they make one SVG path, the margin included.
 */
public final class CodeQr {

    static final int MARGE_EN_MODULES = 4;

    private CodeQr() {
    }

    static QrCode encoder(String texte) {
        return QrCode.encodeText(texte, QrCode.Ecc.MEDIUM);
    }

    /** Draws the code with its bottom left corner at (x, y), {@code cote} points wide. */
    static void dessiner(Redaction redaction, QrCode code, float x, float y, float cote) {
        float module = cote / code.size;
        traits(code, (rangee, debut, longueur) -> redaction.rectangle(x + debut * module,
                y + cote - (rangee + 1) * module, longueur * module, module));
        redaction.remplir(0);
    }

    /**
     * The code of {@code texte} for an inline SVG: {@code <svg viewBox="0 0 cote cote"><path d="chemin"/></svg>},
     * dark on a light background of the SVG's own. Throws {@link QrCode}'s DataTooLongException beyond its capacity
     * (some 2 kB at this error correction level).
     */
    public static Svg svg(String texte) {
        StringBuilder chemin = new StringBuilder();
        QrCode code = encoder(texte);
        traits(code, (rangee, debut, longueur) -> chemin.append('M').append(debut + MARGE_EN_MODULES).append(' ')
                .append(rangee + MARGE_EN_MODULES).append('h').append(longueur).append("v1h-").append(longueur)
                .append('z'));
        return new Svg(code.size + 2 * MARGE_EN_MODULES, chemin.toString());
    }

    /** One run of dark modules of a row, from column {@code debut}, counted from the top left. */
    private interface Trait {
        void tracer(int rangee, int debut, int longueur);
    }

    private static void traits(QrCode code, Trait trait) {
        for (int rangee = 0; rangee < code.size; rangee++) {
            int debut = -1;
            for (int colonne = 0; colonne <= code.size; colonne++) {
                boolean fonce = colonne < code.size && code.getModule(colonne, rangee);
                if (fonce && debut < 0) {
                    debut = colonne;
                } else if (!fonce && debut >= 0) {
                    trait.tracer(rangee, debut, colonne - debut);
                    debut = -1;
                }
            }
        }
    }

    /**
     * @param cote   the side of the square, in modules, margin included
     * @param chemin the SVG path of the dark modules (digits, spaces and the letters M, h, v, z only)
     */
    public record Svg(int cote, String chemin) {
    }
}
