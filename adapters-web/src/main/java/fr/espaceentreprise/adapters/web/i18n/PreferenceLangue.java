package fr.espaceentreprise.adapters.web.i18n;

import fr.espaceentreprise.domain.commun.Langue;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The language stored with the logged-in user's account: it wins over the cookie and the browser's
 * Accept-Language, and is updated when the user switches language.
 */
public interface PreferenceLangue {

    /** No account to remember a language for (pages rendered outside a request of the portal). */
    PreferenceLangue AUCUNE = new PreferenceLangue() {
        @Override
        public Optional<Langue> langueEnregistree(Context ctx) {
            return Optional.empty();
        }

        @Override
        public void langueChoisie(Context ctx, Langue langue) {
            // nobody to remember it for
        }
    };

    Optional<Langue> langueEnregistree(Context ctx);

    /** Called when the user asks for a language with {@code ?lang=}. */
    void langueChoisie(Context ctx, Langue langue);
}
