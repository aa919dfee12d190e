package fr.espaceentreprise.adapters.web.i18n;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Langue;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names in the language of the page, from the JDK's locale data, and the list of every country sorted by
 * its name in that language (for a selection list), computed once per language.
 */
public final class NomsDePays {

    /** Names are looked up once: a list page shows some 250 of them, and the JDK builds each one anew. */
    private static final Map<Locale, Map<CodePays, String>> NOMS = new ConcurrentHashMap<>();
    private static final Map<Langue, List<CodePays>> TRIES = new EnumMap<>(Langue.class);

    static {
        for (Langue langue : Langue.values()) {
            Locale locale = Locale.forLanguageTag(langue.code());
            Collator collator = Collator.getInstance(locale);
            collator.setStrength(Collator.PRIMARY);
            TRIES.put(langue, CodePays.tous().stream()
                    .sorted(Comparator.comparing((CodePays pays) -> nom(pays, locale), collator))
                    .toList());
        }
    }

    private NomsDePays() {
    }

    /** "Japon", "Japan"; the code itself when the JDK has no name for it. */
    public static String nom(CodePays pays, Locale locale) {
        return NOMS.computeIfAbsent(locale, langue -> new ConcurrentHashMap<>())
                .computeIfAbsent(pays, code -> nomDuJdk(code, locale));
    }

    private static String nomDuJdk(CodePays pays, Locale locale) {
        String nom = new Locale.Builder().setRegion(pays.valeur()).build().getDisplayCountry(locale);
        return nom == null || nom.isBlank() ? pays.valeur() : nom;
    }

    /** Every country, in the alphabetical order of its name in that language. */
    public static List<CodePays> parNom(Langue langue) {
        return TRIES.get(langue);
    }
}
