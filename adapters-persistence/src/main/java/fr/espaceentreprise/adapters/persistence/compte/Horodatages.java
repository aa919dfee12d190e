package fr.espaceentreprise.adapters.persistence.compte;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Instants of the domain to and from {@code timestamptz} columns (read by jOOQ as {@link OffsetDateTime}). */
final class Horodatages {

    private Horodatages() {
    }

    static OffsetDateTime versColonne(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant versInstant(OffsetDateTime horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }

    static OffsetDateTime[] versColonne(List<Instant> instants) {
        return instants.stream().map(Horodatages::versColonne).toArray(OffsetDateTime[]::new);
    }

    static List<Instant> versInstants(OffsetDateTime[] horodatages) {
        return Arrays.stream(horodatages).map(OffsetDateTime::toInstant).toList();
    }
}
