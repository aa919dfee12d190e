package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;

import java.util.Map;
import java.util.Optional;

/** The emergency numbers: one assistance line per zone, and the management centre's number. */
public interface NumerosUrgenceRepository {

    /** The zones that have a number (in production, all of them: the migration seeds each). */
    Map<ZoneUrgence, NumeroZone> zones();

    /** Replaces the zone's number, or adds it. */
    void enregistrer(NumeroZone numero);

    Optional<CentreDeGestion> centreDeGestion();

    void enregistrer(CentreDeGestion centre);
}
