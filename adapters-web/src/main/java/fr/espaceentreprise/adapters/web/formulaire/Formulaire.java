package fr.espaceentreprise.adapters.web.formulaire;

import fr.espaceentreprise.adapters.web.securite.Csrf;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a form shows: the values the user typed (so a failed form keeps them) and the errors to show at the
 * top and beside each field. The {@code formulaire/champ} template never shows the value of a password field.
 */
public final class Formulaire {

    private final Map<String, String> valeurs;
    private final List<ErreurChamp> erreurs;

    private Formulaire(Map<String, String> valeurs, List<ErreurChamp> erreurs) {
        this.valeurs = Map.copyOf(valeurs);
        this.erreurs = List.copyOf(erreurs);
    }

    public static Formulaire vide() {
        return new Formulaire(Map.of(), List.of());
    }

    public static Formulaire avecValeurs(Map<String, String> valeurs) {
        return new Formulaire(valeurs, List.of());
    }

    /** The fields posted with this request (first value of each), the CSRF token left out. */
    public static Formulaire depuis(Context ctx) {
        Map<String, String> valeurs = new HashMap<>();
        ctx.formParamMap().forEach((nom, liste) -> {
            if (!nom.equals(Csrf.CHAMP) && !liste.isEmpty() && liste.get(0) != null) {
                valeurs.put(nom, liste.get(0));
            }
        });
        return new Formulaire(valeurs, List.of());
    }

    public Formulaire avecErreurs(List<ErreurChamp> nouvelles) {
        return new Formulaire(valeurs, nouvelles);
    }

    public String valeur(String champ) {
        return valeurs.getOrDefault(champ, "");
    }

    public Optional<ErreurChamp> erreur(String champ) {
        return erreurs.stream().filter(erreur -> champ.equals(erreur.champ())).findFirst();
    }

    public List<ErreurChamp> erreurs() {
        return erreurs;
    }

    public boolean aDesErreurs() {
        return !erreurs.isEmpty();
    }
}
