package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The published versions of the CGU and who accepted which. */
public interface CguRepository {

    /** The latest version published at or before {@code maintenant}; empty when none was ever published. */
    Optional<VersionCgu> versionCourante(Instant maintenant);

    /**
     * The text of a published version in one language, as published: plain text, its blocks (title, articles)
     * separated by a blank line, each article opening with its heading line. Empty for an unknown version.
     */
    Optional<String> texte(String version, Langue langue);

    /** Every published version, those not yet in force included, the latest publication first. */
    List<VersionCgu> versions();

    /** Adds a version with its texts (checked by {@link PublicationCgu#apres}); it is in force from its instant. */
    void publier(PublicationCgu publication);

    /** The user's most recent acceptance, whatever its version. */
    Optional<AcceptationCgu> derniereAcceptation(UtilisateurId utilisateurId);

    /** Adds an acceptance; earlier ones are kept as evidence. */
    void enregistrer(AcceptationCgu acceptation);
}
