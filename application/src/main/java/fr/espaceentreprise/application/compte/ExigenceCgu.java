package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;

/** Whether a user must accept the CGU before going on: a version is in force and their latest acceptance is not of it. */
final class ExigenceCgu {

    private ExigenceCgu() {
    }

    static boolean aAccepter(CguRepository cgu, UtilisateurId utilisateurId, Instant maintenant) {
        return cgu.versionCourante(maintenant)
                .map(courante -> cgu.derniereAcceptation(utilisateurId)
                        .map(acceptation -> !acceptation.porteSur(courante))
                        .orElse(true))
                .orElse(false);
    }
}
