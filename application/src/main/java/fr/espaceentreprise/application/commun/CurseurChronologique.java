package fr.espaceentreprise.application.commun;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a keyset page of a chronological list stops: the instant and id of its last element (the id breaks
 * ties between equal instants). Travels to clients as an opaque string ({@link #encoder()}).
 */
public record CurseurChronologique(Instant instant, UUID id) implements Curseur {

    public static final String CHAMP = "curseur";

    public CurseurChronologique {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String encoder() {
        String clair = instant.getEpochSecond() + "." + instant.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(clair.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads what {@link #encoder()} wrote; anything else → "curseur.invalide" on field {@value #CHAMP}. */
    public static CurseurChronologique decoder(String texte) {
        try {
            String clair = new String(Base64.getUrlDecoder().decode(texte), StandardCharsets.US_ASCII);
            String[] parties = clair.split("\\.", 3);
            UUID id = UUID.fromString(parties[2]);
            if (!id.toString().equals(parties[2])) {
                throw new IllegalArgumentException("uuid non canonique");
            }
            return new CurseurChronologique(
                    Instant.ofEpochSecond(Long.parseLong(parties[0]), Long.parseLong(parties[1])), id);
        } catch (RuntimeException illisible) {
            throw new ValeurInvalideException("curseur.invalide", CHAMP);
        }
    }
}
