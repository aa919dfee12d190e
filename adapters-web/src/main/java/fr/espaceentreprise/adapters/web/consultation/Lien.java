package fr.espaceentreprise.adapters.web.consultation;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /**
     * A list of a rubrique (or its export) as this request shows it: the entreprise chosen, then the request's own
     * values of {@code filtres}, in that order.
     */
    public static Lien liste(Context ctx, String chemin, Portefeuille.Choix choix, List<String> filtres) {
        Lien lien = vers(chemin).avec(Portefeuille.PARAMETRE, choix.valeur());
        filtres.forEach(filtre -> lien.avec(filtre, Parametres.texte(ctx, filtre)));
        return lien;
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
