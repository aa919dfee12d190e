package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Verifications;

/**
 * A text written in French and in English, both required. A failure names the field of the language concerned:
 * {@code champ + "Fr"} or {@code champ + "En"} ({@code questionFr}, {@code reponseEn}).
 */
public record TexteBilingue(String fr, String en) {

    public TexteBilingue {
        Verifications.nonNul(fr, "fr");
        Verifications.nonNul(en, "en");
    }

    /** Both texts trimmed, required, at most {@code max} characters each. */
    public static TexteBilingue de(String fr, String en, String champ, int max) {
        return new TexteBilingue(Verifications.texte(fr, champ + "Fr", max), Verifications.texte(en, champ + "En", max));
    }

    public String en(Langue langue) {
        return langue == Langue.EN ? en : fr;
    }
}
