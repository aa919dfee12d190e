package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.application.commun.Curseur;

import java.time.LocalDate;
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
        throw new UnsupportedOperationException("à écrire");
    }

    /** Reads what {@link #encoder()} wrote; anything else → "curseur.invalide" on field {@value #CHAMP}. */
    public static CurseurAppels decoder(String texte) {
        throw new UnsupportedOperationException("à écrire");
    }
}
