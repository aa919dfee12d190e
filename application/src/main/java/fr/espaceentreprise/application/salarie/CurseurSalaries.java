package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.Curseur;

import java.util.Objects;
import java.util.UUID;

/** Where a page of salariés stops: the sort keys (CleDeTri of nom and prénom) and id of its last line. */
public record CurseurSalaries(String nomTri, String prenomTri, UUID id) implements Curseur {

    public static final String CHAMP = "curseur";

    public CurseurSalaries {
        Objects.requireNonNull(nomTri, "nomTri");
        Objects.requireNonNull(prenomTri, "prenomTri");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String encoder() {
        throw new UnsupportedOperationException("à écrire");
    }

    /** Reads what {@link #encoder()} wrote; anything else → "curseur.invalide" on field {@value #CHAMP}. */
    public static CurseurSalaries decoder(String texte) {
        throw new UnsupportedOperationException("à écrire");
    }
}
