package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/** Where a page of appels stops: the échéance and id of its last line (the list runs newest échéance first). */
public record CurseurAppels(LocalDate echeance, UUID id) implements Curseur {

    public static final String CHAMP = "curseur";

    public CurseurAppels {
        Objects.requireNonNull(echeance, "echeance");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String encoder() {
        String clair = echeance + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(clair.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads what {@link #encoder()} wrote; anything else → "curseur.invalide" on field {@value #CHAMP}. */
    public static CurseurAppels decoder(String texte) {
        try {
            String clair = new String(Base64.getUrlDecoder().decode(texte), StandardCharsets.US_ASCII);
            String[] parties = clair.split("\\.", -1);
            if (parties.length != 2) {
                throw new IllegalArgumentException("forme inattendue");
            }
            CurseurAppels curseur = new CurseurAppels(LocalDate.parse(parties[0]), UUID.fromString(parties[1]));
            // One cursor, one spelling: padding, a non-canonical UUID or date are refused.
            if (!curseur.encoder().equals(texte)) {
                throw new IllegalArgumentException("forme non canonique");
            }
            return curseur;
        } catch (RuntimeException illisible) {
            throw new ValeurInvalideException("curseur.invalide", CHAMP);
        }
    }
}
