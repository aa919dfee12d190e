package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The notice of a maintenance in progress that every page (the login page first) shows on top, whatever it
 * closes: only the use cases refuse what it closes.
 */
public final class AvisMaintenance {

    private final Supplier<Maintenance> enVigueur;

    /** @param enVigueur the maintenance in force, asked at every page (its reader caches it) */
    public AvisMaintenance(Supplier<Maintenance> enVigueur) {
        this.enVigueur = enVigueur;
    }

    /**
     * The notice only informs: when the state cannot be read (the database is down), the page is still shown,
     * without it, as the error page that tells of the failure must be.
     */
    Optional<String> message(Langue langue) {
        Maintenance maintenance;
        try {
            maintenance = enVigueur.get();
        } catch (RuntimeException illisible) {
            return Optional.empty();
        }
        return maintenance.active() ? Optional.of(maintenance.message(langue)) : Optional.empty();
    }
}
