package fr.espaceentreprise.adapters.web.i18n;

import fr.espaceentreprise.adapters.web.securite.Cookies;
import fr.espaceentreprise.domain.commun.Langue;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a request, decided once per request in this order: {@code ?lang=fr|en} (remembered in the
 * {@value #COOKIE} cookie and with the user's account), the language stored with the logged-in user's account,
 * the cookie, the browser's Accept-Language, French.
 */
public final class ChoixLangue {

    public static final String PARAMETRE = "lang";
    public static final String COOKIE = "langue";

    private static final String ATTRIBUT = ChoixLangue.class.getName();
    private static final Duration DUREE_COOKIE = Duration.ofDays(365);
    private static final List<Locale> PROPOSEES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final Cookies cookies;
    private final PreferenceLangue preference;

    public ChoixLangue(Cookies cookies, PreferenceLangue preference) {
        this.cookies = cookies;
        this.preference = preference;
    }

    public Langue langue(Context ctx) {
        Langue dejaChoisie = ctx.attribute(ATTRIBUT);
        if (dejaChoisie != null) {
            return dejaChoisie;
        }
        Langue langue = choisir(ctx);
        ctx.attribute(ATTRIBUT, langue);
        return langue;
    }

    private Langue choisir(Context ctx) {
        Optional<Langue> demandee = exacte(ctx.queryParam(PARAMETRE));
        if (demandee.isPresent()) {
            cookies.ecrire(ctx, COOKIE, demandee.get().code(), DUREE_COOKIE);
            preference.langueChoisie(ctx, demandee.get());
            return demandee.get();
        }
        return preference.langueEnregistree(ctx)
                .or(() -> exacte(ctx.cookie(COOKIE)))
                .or(() -> duNavigateur(ctx.header("Accept-Language")))
                .orElse(Langue.FR);
    }

    /** Only "fr" and "en" are understood here; anything else is ignored rather than read as French. */
    private static Optional<Langue> exacte(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Langue langue : Langue.values()) {
            if (langue.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(langue);
            }
        }
        return Optional.empty();
    }

    private static Optional<Langue> duNavigateur(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            Locale choisie = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), PROPOSEES);
            return choisie == null ? Optional.empty() : Optional.of(Langue.depuisCode(choisie.getLanguage()));
        } catch (IllegalArgumentException malForme) {
            return Optional.empty();
        }
    }
}
