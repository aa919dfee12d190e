package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.util.Optional;

/**
 * The CGU in force: the version the acceptance screen shows and {@link AccepterCgu} expects, and its text (the one
 * the user is shown is the one they accept, so it comes with its version from storage).
 */
public interface ConsulterCgu {

    Optional<VersionCgu> versionCourante();

    /** The text of that version in that language (see {@link CguRepository#texte}); empty for an unknown version. */
    Optional<String> texte(String version, Langue langue);
}
