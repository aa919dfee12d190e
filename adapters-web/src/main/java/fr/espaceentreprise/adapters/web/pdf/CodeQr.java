package fr.espaceentreprise.adapters.web.pdf;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes): each row's runs of dark modules
 * become one rectangle, all filled black at once. The caller leaves a light margin of four modules around it.
 */
final class CodeQr {

    static final int MARGE_EN_MODULES = 4;

    private CodeQr() {
    }

    static QrCode encoder(String texte) {
        return QrCode.encodeText(texte, QrCode.Ecc.MEDIUM);
    }

    /** Draws the code with its bottom left corner at (x, y), {@code cote} points wide. */
    static void dessiner(Redaction redaction, QrCode code, float x, float y, float cote) {
        float module = cote / code.size;
        for (int rangee = 0; rangee < code.size; rangee++) {
            float bas = y + cote - (rangee + 1) * module;
            int debut = -1;
            for (int colonne = 0; colonne <= code.size; colonne++) {
                boolean fonce = colonne < code.size && code.getModule(colonne, rangee);
                if (fonce && debut < 0) {
                    debut = colonne;
                } else if (!fonce && debut >= 0) {
                    redaction.rectangle(x + debut * module, bas, (colonne - debut) * module, module);
                    debut = -1;
                }
            }
        }
        redaction.remplir(0);
    }
}
