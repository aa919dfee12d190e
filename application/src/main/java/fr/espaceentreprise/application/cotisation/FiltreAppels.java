package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;

import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
        return new FiltreAppels(contrat(contratId), renseigne(annee).map(FiltreAppels::annee),
                renseigne(etat).map(FiltreAppels::etat));
    }

    private static Optional<ContratId> contrat(String contratId) {
        return renseigne(contratId).map(texte -> {
            try {
                return ContratId.de(texte);
            } catch (ValeurInvalideException malForme) {
                throw new ValeurInvalideException("identifiant.invalide", "contratId");
            }
        });
    }

    private static Year annee(String texte) {
        String chiffres = texte.strip();
        // Four ASCII digits only: Integer.parseInt would also take "+2024" or Arabic-Indic digits.
        if (!chiffres.matches("[0-9]{4}")) {
            throw anneeInvalide();
        }
        int valeur = Integer.parseInt(chiffres);
        if (valeur < ANNEE_MIN || valeur > ANNEE_MAX) {
            throw anneeInvalide();
        }
        return Year.of(valeur);
    }

    private static ValeurInvalideException anneeInvalide() {
        return new ValeurInvalideException("cotisation.annee.invalide", "annee",
                Map.of("min", ANNEE_MIN, "max", ANNEE_MAX));
    }

    private static EtatAppel etat(String texte) {
        String nom = texte.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(EtatAppel.values())
                .filter(etat -> etat.name().equals(nom))
                .findFirst()
                .orElseThrow(() -> new ValeurInvalideException("cotisation.etat.invalide", "etat"));
    }

    private static Optional<String> renseigne(String texte) {
        return texte == null || texte.isBlank() ? Optional.empty() : Optional.of(texte);
    }
}
