package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Optional;

/**
 * A new version of the CGU as the back office publishes it: its label and instant, and its text in French and
 * English, in the plain-text form the pages cut into blocks (blocks separated by a blank line, an article opening
 * with its heading line). Versions follow each other: a new one is never in force before the latest published one
 * (code {@value #ANTERIEURE} on {@code publieeLe}), and a label is used once ({@value #EXISTANTE} on {@code version}).
 */
public record PublicationCgu(VersionCgu version, String texteFr, String texteEn) {

    public static final int TEXTE_MAX = 100_000;
    public static final String ANTERIEURE = "cgu.publication_anterieure";
    public static final String EXISTANTE = "cgu.version_existante";

    public PublicationCgu {
        Verifications.nonNul(version, "version");
        texteFr = Verifications.texte(texteFr, "texteFr", TEXTE_MAX);
        texteEn = Verifications.texte(texteEn, "texteEn", TEXTE_MAX);
    }

    /**
     * Checks the new version against the latest one published (possibly not yet in force).
     *
     * @param derniere the version with the latest publication instant, empty when none was ever published
     */
    public static PublicationCgu apres(Optional<VersionCgu> derniere, VersionCgu nouvelle, String texteFr,
                                       String texteEn) {
        PublicationCgu publication = new PublicationCgu(nouvelle, texteFr, texteEn);
        derniere.ifPresent(precedente -> {
            if (precedente.version().equalsIgnoreCase(nouvelle.version())) {
                throw new RegleMetierException(EXISTANTE, "version");
            }
            if (!nouvelle.publieeLe().isAfter(precedente.publieeLe())) {
                throw new RegleMetierException(ANTERIEURE, "publieeLe");
            }
        });
        return publication;
    }
}
