package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.util.Objects;
import java.util.Set;

/**
 * The user expressly accepts the CGU in the version they were shown. Only the current version can be accepted:
 * RegleMetierException "cgu.version_perimee" on field {@value #CHAMP} otherwise (the page must be reloaded).
 */
public interface AccepterCgu {

    String CHAMP = "version";

    /** @return the steps still pending in this session */
    Set<EtapeObligatoire> accepter(Commande commande);

    record Commande(SessionAuthentifiee session, String version, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(session, "session");
            version = VersionCgu.versionValide(version);
            Objects.requireNonNull(ip, "ip");
        }
    }
}
