package fr.espaceentreprise.adapters.web.formulaire;

import fr.espaceentreprise.domain.commun.DomaineException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One error to show: the field it concerns (none for an error about the whole form), its code and the values
 * its translated message needs. Translated under {@code erreur.<code>}.
 */
public record ErreurChamp(String champ, String code, Map<String, Object> parametres) {

    public ErreurChamp {
        Objects.requireNonNull(code, "code");
        parametres = parametres == null ? Map.of() : Map.copyOf(parametres);
    }

    public static ErreurChamp de(DomaineException exception) {
        return new ErreurChamp(exception.champ().orElse(null), exception.code(), exception.parametres());
    }

    public static ErreurChamp sur(String champ, String code) {
        return new ErreurChamp(champ, code, Map.of());
    }

    /**
     * This error as a form shows it: beside its field when the form has that field; above the form when it is
     * about a parameter the form has no field for (a cursor, a page size).
     */
    public ErreurChamp surLeFormulaire(Set<String> champsDuFormulaire) {
        return champ == null || champsDuFormulaire.contains(champ) ? this : new ErreurChamp(null, code, parametres);
    }

    /** This error beside the form's field {@code vers}, when it is about {@code de} (the name the core knows). */
    public ErreurChamp renommee(String de, String vers) {
        return de.equals(champ) ? new ErreurChamp(vers, code, parametres) : this;
    }

    public Optional<String> champOptionnel() {
        return Optional.ofNullable(champ);
    }
}
