package fr.espaceentreprise.adapters.web.formulaire;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * A date typed in a form or sent in JSON: ISO-8601 ({@code 1980-04-23}, what a browser's date field sends and the
 * API expects) or the French way ({@code 23/04/1980}, typed where the browser shows a plain text field).
 */
public final class ChampDate {

    public static final String CODE_INVALIDE = "date.invalide";

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private ChampDate() {
    }

    /** Empty → "champ.obligatoire", unreadable → {@value #CODE_INVALIDE}, both on {@code champ}. */
    public static LocalDate lire(String saisie, String champ) {
        String texte = Verifications.obligatoire(saisie, champ).strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(texte, format);
            } catch (DateTimeParseException autreFormat) {
                // try the next one
            }
        }
        throw new ValeurInvalideException("date.invalide", champ);
    }
}
