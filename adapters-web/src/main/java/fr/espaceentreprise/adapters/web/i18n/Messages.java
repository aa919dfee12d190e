package fr.espaceentreprise.adapters.web.i18n;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of one language. Parameters are named ({@code {max}}, {@code {nombre,choice,…}}) and formatted
 * with {@link MessageFormat} in that language; apostrophes in the bundles are plain text. A missing key shows
 * as {@code ???key???} (and is logged) so that a test can spot it on any page.
 */
public final class Messages {

    /** Instants are shown at Paris time, the time of the portal's customer service and business dates. */
    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final Pattern PARAMETRE = Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final String PREFIXE_ERREUR = "erreur.";
    private static final Currency EURO = Currency.getInstance("EUR");

    private final Langue langue;
    private final Locale locale;
    private final Map<String, String> textes;

    Messages(Langue langue, Map<String, String> textes) {
        this.langue = langue;
        this.locale = Locale.forLanguageTag(langue.code());
        this.textes = textes;
    }

    public Langue langue() {
        return langue;
    }

    public Locale locale() {
        return locale;
    }

    public String t(String cle) {
        return t(cle, Map.of());
    }

    public String t(String cle, String nom, Object valeur) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put(nom, valeur);
        return t(cle, parametres);
    }

    public String t(String cle, Map<String, ?> parametres) {
        String motif = textes.get(cle);
        if (motif == null) {
            LOG.warn("No {} text for the key {}", langue, cle);
            return "???" + cle + "???";
        }
        return formater(motif, parametres);
    }

    /** The text of a key that may not exist (e.g. an optional label). */
    public Optional<String> siExiste(String cle) {
        return textes.containsKey(cle) ? Optional.of(t(cle)) : Optional.empty();
    }

    public boolean contient(String cle) {
        return textes.containsKey(cle);
    }

    /** The message of an error code ({@code siret.invalide} is read under {@code erreur.siret.invalide}). */
    public String erreur(String code, Map<String, ?> parametres) {
        return t(PREFIXE_ERREUR + code, parametres);
    }

    /** A date written out in this language: "2 mars 2026", "March 2, 2026". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A date where space is short, in tables: "01/10/2026", "1 Oct 2026". */
    public String dateCourte(LocalDate date) {
        String motif = "fr".equals(locale.getLanguage()) ? "dd/MM/yyyy" : "d MMM yyyy";
        return DateTimeFormatter.ofPattern(motif, locale).format(date);
    }

    /** The Paris date of an instant with its day of the week: "lundi 2 mars 2026", "Monday, March 2, 2026". */
    public String jour(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(instant.atZone(FUSEAU));
    }

    /** The Paris time of an instant: "09:00", "9:00 AM". */
    public String heure(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(FUSEAU));
    }

    /** A compact Paris date and time to the second, for lists: "2 mars 2026, 09:00:00". */
    public String horodatage(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(FUSEAU));
    }

    /** An amount in euros written the way of this language: "1 234,50 €", "€1,234.50". */
    public String montant(Montant montant) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        return format.format(BigDecimal.valueOf(montant.centimes(), 2));
    }

    /** The name of a country in this language: "Japon", "Japan". */
    public String pays(CodePays pays) {
        return NomsDePays.nom(pays, locale);
    }

    private String formater(String motif, Map<String, ?> parametres) {
        if (motif.indexOf('{') < 0) {
            return motif;
        }
        List<String> noms = new ArrayList<>();
        StringBuilder indexe = new StringBuilder();
        Matcher matcher = PARAMETRE.matcher(motif.replace("'", "''"));
        while (matcher.find()) {
            String nom = matcher.group(1);
            int index = noms.indexOf(nom);
            if (index < 0) {
                noms.add(nom);
                index = noms.size() - 1;
            }
            matcher.appendReplacement(indexe, "{" + index);
        }
        matcher.appendTail(indexe);
        Object[] valeurs = noms.stream().map(nom -> valeur(nom, parametres)).toArray();
        return new MessageFormat(indexe.toString(), locale).format(valeurs);
    }

    private Object valeur(String nom, Map<String, ?> parametres) {
        if (!parametres.containsKey(nom)) {
            LOG.warn("No value for the parameter {} of a {} text", nom, langue);
            return "";
        }
        Object valeur = parametres.get(nom);
        if (valeur instanceof Enum<?>) {
            Enum<?> constante = (Enum<?>) valeur;
            String cle = "enum." + constante.getDeclaringClass().getSimpleName() + "." + constante.name();
            return textes.containsKey(cle) ? textes.get(cle) : constante.name();
        }
        if (valeur instanceof LocalDate) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format((LocalDate) valeur);
        }
        return valeur == null ? "" : valeur;
    }
}
