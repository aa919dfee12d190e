package fr.espaceentreprise.adapters.web.i18n;

import fr.espaceentreprise.domain.commun.Langue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every text of the interface in French and English, read once from the UTF-8 bundles
 * {@code i18n/messages_fr.properties} and {@code i18n/messages_en.properties}. A domain error code {@code c}
 * is translated under {@code erreur.c}. Use {@link #pour(Langue)} to get the texts of one language.
 */
public final class Traductions {

    private final Map<Langue, Map<String, String>> textes;

    private Traductions(Map<Langue, Map<String, String>> textes) {
        this.textes = textes;
    }

    public static Traductions depuisLesRessources() {
        Map<Langue, Map<String, String>> textes = new EnumMap<>(Langue.class);
        for (Langue langue : Langue.values()) {
            textes.put(langue, lire("i18n/messages_" + langue.code() + ".properties"));
        }
        return new Traductions(textes);
    }

    public Messages pour(Langue langue) {
        return new Messages(langue, textes.get(langue));
    }

    /** The keys of one language, sorted. */
    public Set<String> cles(Langue langue) {
        return Collections.unmodifiableSet(new TreeSet<>(textes.get(langue).keySet()));
    }

    private static Map<String, String> lire(String ressource) {
        try (InputStream flux = Traductions.class.getClassLoader().getResourceAsStream(ressource)) {
            if (flux == null) {
                throw new IllegalStateException("missing message bundle " + ressource);
            }
            Properties proprietes = new Properties();
            try (Reader lecteur = new InputStreamReader(flux, StandardCharsets.UTF_8)) {
                proprietes.load(lecteur);
            }
            Map<String, String> textes = new java.util.HashMap<>();
            proprietes.forEach((cle, valeur) -> textes.put((String) cle, (String) valeur));
            return Map.copyOf(textes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ressource, e);
        }
    }
}
