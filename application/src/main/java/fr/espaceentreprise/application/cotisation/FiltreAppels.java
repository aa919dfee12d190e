package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * What narrows the list of appels de cotisation.
 *
 * @param annee the year the appel's période starts in
 * @param etat  the state on the day of reading
 */
public record FiltreAppels(Optional<ContratId> contratId, Optional<Year> annee, Optional<EtatAppel> etat) {

    public static final int ANNEE_MIN = 2000;
    public static final int ANNEE_MAX = 2100;
    public static final FiltreAppels AUCUN = new FiltreAppels(Optional.empty(), Optional.empty(), Optional.empty());

    public FiltreAppels {
        Objects.requireNonNull(contratId, "contratId");
        Objects.requireNonNull(annee, "annee");
        Objects.requireNonNull(etat, "etat");
    }

    /**
     * From what a user chose or a client sent; blank means no filter. Bad contrat id → "identifiant.invalide"
     * on "contratId"; a year that is not a number from {@value #ANNEE_MIN} to {@value #ANNEE_MAX} →
     * "cotisation.annee.invalide" on "annee"; an unknown state → "cotisation.etat.invalide" on "etat".
     */
    public static FiltreAppels de(String contratId, String annee, String etat) {
        throw new UnsupportedOperationException("à écrire");
    }
}
