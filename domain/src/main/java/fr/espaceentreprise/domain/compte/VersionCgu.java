package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Instant;
import java.util.regex.Pattern;

/** One published version of the CGU (terms of use), e.g. "2026-01". Each new version needs express acceptance. */
public record VersionCgu(String version, Instant publieeLe) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    public VersionCgu {
        version = versionValide(version);
        Verifications.nonNul(publieeLe, "publieeLe");
    }

    /** Trimmed, 1 to 32 letters, digits, '.', '_' or '-'; code "cgu.version.invalide", champ "version". */
    public static String versionValide(String version) {
        String texte = Verifications.obligatoire(version, "version").strip();
        if (!FORMAT.matcher(texte).matches()) {
            throw new ValeurInvalideException("cgu.version.invalide", "version");
        }
        return texte;
    }
}
