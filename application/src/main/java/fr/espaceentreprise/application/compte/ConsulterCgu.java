package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.VersionCgu;
import java.util.Optional;

/** The version of the CGU in force, the one the acceptance screen shows and {@link AccepterCgu} expects. */
public interface ConsulterCgu {

    Optional<VersionCgu> versionCourante();
}
