package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/** Where a page of salariés stops: the sort keys (CleDeTri of nom and prénom) and id of its last line. */
public record CurseurSalaries(String nomTri, String prenomTri, UUID id) implements Curseur {

    public static final String CHAMP = "curseur";
    /** Never in a sort key: CleDeTri folds every space into a plain one, and names hold no control character. */
    private static final char SEPARATEUR = '\n';
    private static final int LONGUEUR_MAX = 1_000;

    public CurseurSalaries {
        Objects.requireNonNull(nomTri, "nomTri");
        Objects.requireNonNull(prenomTri, "prenomTri");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String encoder() {
        String clair = nomTri + SEPARATEUR + prenomTri + SEPARATEUR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(clair.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads what {@link #encoder()} wrote; anything else → "curseur.invalide" on field {@value #CHAMP}. */
    public static CurseurSalaries decoder(String texte) {
        try {
            if (texte.length() > LONGUEUR_MAX) {
                throw new IllegalArgumentException("trop long");
            }
            String clair = new String(Base64.getUrlDecoder().decode(texte), StandardCharsets.UTF_8);
            String[] parties = clair.split(String.valueOf(SEPARATEUR), -1);
            if (parties.length != 3 || clair.chars().anyMatch(c -> c != SEPARATEUR && Character.isISOControl(c))) {
                throw new IllegalArgumentException("forme inattendue");
            }
            CurseurSalaries curseur = new CurseurSalaries(parties[0], parties[1], UUID.fromString(parties[2]));
            // One cursor, one spelling: padding, a non-canonical UUID or bytes that are not UTF-8 are refused.
            if (!curseur.encoder().equals(texte)) {
                throw new IllegalArgumentException("forme non canonique");
            }
            return curseur;
        } catch (RuntimeException illisible) {
            throw new ValeurInvalideException("curseur.invalide", CHAMP);
        }
    }
}
