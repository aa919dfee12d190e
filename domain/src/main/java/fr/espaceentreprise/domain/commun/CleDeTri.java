package fr.espaceentreprise.domain.commun;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The form of a name that sorting and searching use: lower case, accents and other marks removed, the letters
 * that do not decompose spelt in plain Latin ("Łukasz Wróbel" → "lukasz wrobel", "Øster" → "oster",
 * "Þóra" → "thora"), runs of spaces of any kind (no-break ones included) folded into one, none at the ends.
 * Storage keeps it beside the name, so that a list ordered by it and a search by its start use one index.
 */
public final class CleDeTri {

    private static final Map<Integer, String> LETTRES_SANS_DECOMPOSITION = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'ø', "o"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) '’', "'"));

    private CleDeTri() {
    }

    public static String de(String texte) {
        String decompose = Normalizer.normalize(texte.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder cle = new StringBuilder(decompose.length());
        decompose.codePoints().forEach(point -> {
            if (Character.getType(point) == Character.NON_SPACING_MARK) {
                return;
            }
            // isSpaceChar too: the no-break spaces a search pasted from a PDF or a spreadsheet brings.
            if (Character.isWhitespace(point) || Character.isSpaceChar(point)) {
                if (cle.length() > 0 && cle.charAt(cle.length() - 1) != ' ') {
                    cle.append(' ');
                }
                return;
            }
            String remplacement = LETTRES_SANS_DECOMPOSITION.get(point);
            if (remplacement != null) {
                cle.append(remplacement);
            } else {
                cle.appendCodePoint(point);
            }
        });
        int fin = cle.length();
        return fin > 0 && cle.charAt(fin - 1) == ' ' ? cle.substring(0, fin - 1) : cle.toString();
    }
}
