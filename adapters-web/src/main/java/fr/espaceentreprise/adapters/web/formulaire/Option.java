package fr.espaceentreprise.adapters.web.formulaire;

import java.util.Objects;

/** One choice of a selection list: the value sent, the text shown. */
public record Option(String valeur, String libelle) {

    public Option {
        Objects.requireNonNull(valeur, "valeur");
        Objects.requireNonNull(libelle, "libelle");
    }
}
