package fr.espaceentreprise.adapters.web.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as spreadsheets open it in France and elsewhere: UTF-8 with a byte order mark, {@code ;} between
 * cells, CRLF at the end of lines, a cell quoted when it holds a separator, a quote or a line break. A cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe.
 */
public final class Csv {

    public static final String TYPE = "text/csv; charset=utf-8";
    static final char SEPARATEUR = ';';
    private static final String BOM = "\uFEFF";

    private final Writer sortie;

    public Csv(OutputStream flux) {
        this.sortie = new OutputStreamWriter(flux, StandardCharsets.UTF_8);
        ecrire(BOM);
    }

    public void ligne(List<String> cellules) {
        StringBuilder ligne = new StringBuilder();
        for (int i = 0; i < cellules.size(); i++) {
            if (i > 0) {
                ligne.append(SEPARATEUR);
            }
            ligne.append(cellule(cellules.get(i)));
        }
        ecrire(ligne.append("\r\n").toString());
    }

    public void terminer() {
        try {
            sortie.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cellule(String valeur) {
        if (valeur == null || valeur.isEmpty()) {
            return "";
        }
        String texte = valeur;
        char premier = texte.charAt(0);
        if (premier == '=' || premier == '+' || premier == '-' || premier == '@' || premier == '\t'
                || premier == '\r') {
            texte = "'" + texte;
        }
        boolean aProteger = texte.indexOf(SEPARATEUR) >= 0 || texte.indexOf('"') >= 0 || texte.indexOf('\n') >= 0
                || texte.indexOf('\r') >= 0;
        return aProteger ? '"' + texte.replace("\"", "\"\"") + '"' : texte;
    }

    private void ecrire(String texte) {
        try {
            sortie.write(texte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
