package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A gestionnaire publishes a new version of the CGU, in force from {@code publieeLe} (now when not given). From
 * then on, every user must accept it at their next request, sessions already open included. Anyone else gets
 * "not found". Refusals: the rules of {@link PublicationCgu} ({@value PublicationCgu#EXISTANTE} for any label
 * already used, {@value PublicationCgu#ANTERIEURE}) and the format of the label.
 */
public interface PublierCgu {

    VersionCgu publier(Commande commande);

    record Commande(Acteur acteur, String version, Optional<Instant> publieeLe, String texteFr, String texteEn,
                    AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(publieeLe, "publieeLe");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
