package fr.espaceentreprise.domain.commun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** A span of days, both ends included; without an end it runs on indefinitely. */
public record Periode(LocalDate debut, LocalDate fin) {

    private static final String INVALIDE = "periode.invalide";

    public Periode {
        Verifications.nonNul(debut, "dateDebut");
        if (fin != null && fin.isBefore(debut)) {
            throw new ValeurInvalideException(INVALIDE, "dateFin");
        }
    }

    public static Periode depuis(LocalDate debut) {
        return new Periode(debut, null);
    }

    public static Periode mois(YearMonth mois) {
        Verifications.nonNul(mois, "mois");
        return new Periode(mois.atDay(1), mois.atEndOfMonth());
    }

    public static Periode trimestre(int annee, int trimestre) {
        if (trimestre < 1 || trimestre > 4) {
            throw new ValeurInvalideException(INVALIDE, "trimestre", Map.of("trimestre", trimestre));
        }
        YearMonth premierMois = YearMonth.of(annee, 3 * trimestre - 2);
        return new Periode(premierMois.atDay(1), premierMois.plusMonths(2).atEndOfMonth());
    }

    public boolean contient(LocalDate date) {
        Verifications.nonNul(date, "date");
        return !date.isBefore(debut) && (fin == null || !date.isAfter(fin));
    }

    public boolean estOuverte() {
        return fin == null;
    }

    /** True when the two periods share at least one day. */
    public boolean chevauche(Periode autre) {
        Verifications.nonNul(autre, "periode");
        boolean autreCommenceAvantMaFin = fin == null || !autre.debut.isAfter(fin);
        boolean jeCommenceAvantSaFin = autre.fin == null || !debut.isAfter(autre.fin);
        return autreCommenceAvantMaFin && jeCommenceAvantSaFin;
    }

    /** True when the last day of the period is before the given date. */
    public boolean estTermineeAvant(LocalDate date) {
        Verifications.nonNul(date, "date");
        return fin != null && fin.isBefore(date);
    }

    /** The same period ending on {@code fin} (included); whether it was already ended is the caller's rule. */
    public Periode terminerLe(LocalDate fin) {
        return new Periode(debut, Verifications.nonNul(fin, "dateFin"));
    }
}
