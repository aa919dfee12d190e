package fr.espaceentreprise.application.compte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; its zone, UTC unless the test changes it, decides the business dates. */
public final class HorlogeReglable extends Clock {

    private Instant maintenant;
    private ZoneId zone = ZoneOffset.UTC;

    public HorlogeReglable(Instant depart) {
        this.maintenant = depart;
    }

    public void avancer(Duration duree) {
        maintenant = maintenant.plus(duree);
    }

    public void regler(Instant instant) {
        maintenant = instant;
    }

    public void reglerFuseau(ZoneId fuseau) {
        zone = fuseau;
    }

    @Override
    public Instant instant() {
        return maintenant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
