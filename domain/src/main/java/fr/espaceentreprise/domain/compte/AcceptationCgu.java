package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Instant;

/** A user expressly accepted one version of the CGU at one instant. */
public record AcceptationCgu(UtilisateurId utilisateurId, String version, Instant accepteeLe) {

    public AcceptationCgu {
        Verifications.nonNul(utilisateurId, "utilisateurId");
        version = VersionCgu.versionValide(version);
        Verifications.nonNul(accepteeLe, "accepteeLe");
    }

    public boolean porteSur(VersionCgu versionCgu) {
        return version.equals(versionCgu.version());
    }
}
