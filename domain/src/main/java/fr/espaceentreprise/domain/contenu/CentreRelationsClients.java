package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The Centre relations clients: its phone and e-mail, open Monday to Friday from 8:00 to 18:00, Paris time.
 * Public holidays are not known here: on one, the centre shows as open.
 */
public record CentreRelationsClients(Telephone telephone, Email email) {

    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");
    public static final LocalTime OUVERTURE = LocalTime.of(8, 0);
    public static final LocalTime FERMETURE = LocalTime.of(18, 0);

    public CentreRelationsClients {
        Verifications.nonNul(telephone, Telephone.CHAMP);
        Verifications.nonNul(email, "email");
    }

    /** Whether someone answers at that instant: a weekday, from 8:00 included to 18:00 excluded, in Paris. */
    public boolean estOuvertA(Instant instant) {
        ZonedDateTime aParis = instant.atZone(FUSEAU);
        DayOfWeek jour = aParis.getDayOfWeek();
        LocalTime heure = aParis.toLocalTime();
        return jour != DayOfWeek.SATURDAY && jour != DayOfWeek.SUNDAY
                && !heure.isBefore(OUVERTURE) && heure.isBefore(FERMETURE);
    }
}
