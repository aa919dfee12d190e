package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words and formats of the PDFs in one language, from the UTF-8 bundle {@code i18n/pdf_<code>.properties}.
 * Parameters are written {@code {nom}} and replaced as they are (no MessageFormat: apostrophes stay plain).
 * Dates: "27/11/2026" in French, "27 Nov 2026" in English; amounts: "1 234,56 €" and "€1,234.56".
 */
final class TextesPdf {

    /** French thousands separator, as French typography and the JDK's French locale write it. */
    static final char ESPACE_FINE_INSECABLE = '\u202F';
    static final char ESPACE_INSECABLE = '\u00A0';

    private final Langue langue;
    private final Map<String, String> textes;
    private final DateTimeFormatter formatDate;
    private final char separateurMilliers;

    private TextesPdf(Langue langue, Map<String, String> textes, char separateurMilliers) {
        this.langue = langue;
        this.textes = textes;
        this.separateurMilliers = separateurMilliers;
        this.formatDate = langue == Langue.FR
                ? DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH)
                : DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    }

    /**
     * @param fineImprimable whether the font prints the narrow no-break space; if not, French amounts group
     *                       thousands with an ordinary no-break space
     */
    static TextesPdf charger(Langue langue, boolean fineImprimable) {
        char separateur = langue == Langue.FR ? (fineImprimable ? ESPACE_FINE_INSECABLE : ESPACE_INSECABLE) : ',';
        return new TextesPdf(langue, lire(ressource(langue)), separateur);
    }

    static String ressource(Langue langue) {
        return "i18n/pdf_" + langue.code() + ".properties";
    }

    Langue langue() {
        return langue;
    }

    /** The BCP 47 tag of the documents' language, for the PDF catalog. */
    String etiquetteLangue() {
        return langue == Langue.FR ? "fr-FR" : "en-GB";
    }

    Set<String> cles() {
        return textes.keySet();
    }

    String t(String cle) {
        String texte = textes.get(cle);
        if (texte == null) {
            throw new IllegalStateException("no " + langue + " PDF text for the key " + cle);
        }
        return texte;
    }

    String t(String cle, String nom, Object valeur) {
        return t(cle).replace("{" + nom + "}", String.valueOf(valeur));
    }

    String t(String cle, String nom1, Object valeur1, String nom2, Object valeur2) {
        return t(cle, nom1, valeur1).replace("{" + nom2 + "}", String.valueOf(valeur2));
    }

    /** The label of an enum value, under {@code <simple class name, first letter lower case>.<VALUE>}. */
    String libelle(Enum<?> valeur) {
        String classe = valeur.getDeclaringClass().getSimpleName();
        return t(Character.toLowerCase(classe.charAt(0)) + classe.substring(1) + "." + valeur.name());
    }

    String date(LocalDate date) {
        return formatDate.format(date);
    }

    String periode(Periode periode) {
        return periode.fin() == null
                ? t("periode.depuis", "debut", date(periode.debut()))
                : t("periode.du_au", "debut", date(periode.debut()), "fin", date(periode.fin()));
    }

    /** A closed period as a table shows it: "01/01/2026 – 31/03/2026". */
    String periodeCourte(Periode periode) {
        return periode.fin() == null
                ? periode(periode)
                : t("periode.court", "debut", date(periode.debut()), "fin", date(periode.fin()));
    }

    String montant(Montant montant) {
        long centimes = montant.centimes();
        String euros = entier(centimes / 100);
        long reste = centimes % 100;
        String cents = reste < 10 ? "0" + reste : Long.toString(reste);
        return langue == Langue.FR
                ? euros + "," + cents + ESPACE_INSECABLE + "€"
                : "€" + euros + "." + cents;
    }

    /** A whole number with the language's thousands separator: "12 345" or "12,345". */
    String entier(long nombre) {
        String chiffres = Long.toString(nombre);
        StringBuilder groupe = new StringBuilder(chiffres.length() + chiffres.length() / 3);
        for (int i = 0; i < chiffres.length(); i++) {
            if (i > 0 && (chiffres.length() - i) % 3 == 0) {
                groupe.append(separateurMilliers);
            }
            groupe.append(chiffres.charAt(i));
        }
        return groupe.toString();
    }

    private static Map<String, String> lire(String ressource) {
        try (InputStream flux = TextesPdf.class.getClassLoader().getResourceAsStream(ressource)) {
            if (flux == null) {
                throw new IllegalStateException("missing PDF bundle " + ressource);
            }
            Properties proprietes = new Properties();
            try (Reader lecteur = new InputStreamReader(flux, StandardCharsets.UTF_8)) {
                proprietes.load(lecteur);
            }
            Map<String, String> textes = new HashMap<>();
            proprietes.forEach((cle, valeur) -> textes.put((String) cle, (String) valeur));
            return Map.copyOf(textes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ressource, e);
        }
    }
}
