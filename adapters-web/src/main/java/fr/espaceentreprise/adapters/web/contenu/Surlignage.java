package fr.espaceentreprise.adapters.web.contenu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Marks where the words of a FAQ search occur in a text, case ignored, as the search itself matched them: the
 * template prints each piece escaped, in {@code <mark>} when it is a match, so no HTML is built from user input.
 */
public final class Surlignage {

    /** A piece of text, matched or not. */
    public record Morceau(String texte, boolean trouve) {
    }

    private Surlignage() {
    }

    static List<String> mots(String recherche) {
        return Arrays.stream(recherche.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(mot -> !mot.isEmpty()).distinct().toList();
    }

    static List<Morceau> decouper(String texte, List<String> mots) {
        boolean[] trouve = new boolean[texte.length()];
        for (String mot : mots) {
            for (int debut = 0; debut + mot.length() <= texte.length(); debut++) {
                if (texte.regionMatches(true, debut, mot, 0, mot.length())) {
                    Arrays.fill(trouve, debut, debut + mot.length(), true);
                }
            }
        }
        List<Morceau> morceaux = new ArrayList<>();
        int debut = 0;
        for (int i = 1; i <= texte.length(); i++) {
            if (i == texte.length() || trouve[i] != trouve[debut]) {
                morceaux.add(new Morceau(texte.substring(debut, i), trouve[debut]));
                debut = i;
            }
        }
        return morceaux;
    }
}
