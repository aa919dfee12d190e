package fr.espaceentreprise.adapters.web.consultation;

import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The query parameters every list shares ({@code curseur}, {@code taille}), read into a {@link Saisie} so that a
 * request with several wrong parameters hears of all of them at once; and ids in paths.
 */
public final class Parametres {

    public static final String CURSEUR = "curseur";
    public static final String TAILLE = "taille";

    private Parametres() {
    }

    /** The parameter, stripped; "" when absent. */
    public static String texte(Context ctx, String nom) {
        String valeur = ctx.queryParam(nom);
        return valeur == null ? "" : valeur.strip();
    }

    /** A list's filter form as this request fills it: each of {@code filtres} with its value ("" when absent). */
    public static Formulaire formulaire(Context ctx, List<String> filtres) {
        return Formulaire.avecValeurs(filtres.stream().collect(Collectors.toMap(Function.identity(),
                filtre -> texte(ctx, filtre))));
    }

    /** 1 to {@value Page#TAILLE_MAX}, {@value Page#TAILLE_PAR_DEFAUT} when absent. */
    public static int taille(Context ctx, Saisie saisie) {
        String texte = texte(ctx, TAILLE);
        if (texte.isEmpty()) {
            return Page.TAILLE_PAR_DEFAUT;
        }
        Integer taille = saisie.lire(() -> {
            try {
                return Page.tailleValide(Integer.parseInt(texte));
            } catch (NumberFormatException illisible) {
                return Page.tailleValide(0);
            }
        });
        return taille == null ? Page.TAILLE_PAR_DEFAUT : taille;
    }

    public static <C> Optional<C> curseur(Context ctx, Saisie saisie, Function<String, C> decoder) {
        String texte = texte(ctx, CURSEUR);
        if (texte.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(saisie.lire(() -> decoder.apply(texte)));
    }

    /**
     * The id of a path ({@code /salaries/{id}}): one that is not even well formed names nothing, and answers
     * 404 with {@code code} ("salarie.introuvable"…) like an unknown one.
     */
    public static <T> T identifiant(Context ctx, Function<String, T> lecture, String code) {
        try {
            return lecture.apply(ctx.pathParam("id"));
        } catch (ValeurInvalideException malForme) {
            throw new IntrouvableException(code);
        }
    }
}
