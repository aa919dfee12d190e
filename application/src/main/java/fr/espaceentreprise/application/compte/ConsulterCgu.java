package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.util.List;
import java.util.Optional;

/**
 * The CGU in force: the version the acceptance screen shows and {@link AccepterCgu} expects, and its text (the one
 * the user is shown is the one they accept, so it comes with its version from storage).
 */
public interface ConsulterCgu {

    Optional<VersionCgu> versionCourante();

    /** Every published version, those not yet in force included, the latest first (the back office's history). */
    List<VersionCgu> versions();

    /** The text of that version in that language (see {@link CguRepository#texte}); empty for an unknown version. */
    Optional<String> texte(String version, Langue langue);
}
