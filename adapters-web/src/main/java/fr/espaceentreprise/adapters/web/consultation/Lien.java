package fr.espaceentreprise.adapters.web.consultation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A link of the portal with its query parameters, the empty ones left out: {@code /salaries?recherche=du}. */
public final class Lien {

    private final String chemin;
    private final StringJoiner requete = new StringJoiner("&", "?", "").setEmptyValue("");

    private Lien(String chemin) {
        this.chemin = chemin;
    }

    public static Lien vers(String chemin) {
        return new Lien(chemin);
    }

    public Lien avec(String nom, String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            requete.add(encoder(nom) + "=" + encoder(valeur));
        }
        return this;
    }

    @Override
    public String toString() {
        return chemin + requete;
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
