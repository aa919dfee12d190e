package fr.espaceentreprise.adapters.web.page;

import io.javalin.http.Context;
import java.util.Optional;

/** The display name of the user logged in on this request, if any (shown in the header with the logout form). */
@FunctionalInterface
public interface NomUtilisateur {

    NomUtilisateur PERSONNE = ctx -> Optional.empty();

    Optional<String> de(Context ctx);
}
