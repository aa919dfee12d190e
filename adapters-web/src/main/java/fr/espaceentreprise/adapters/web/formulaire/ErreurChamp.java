package fr.espaceentreprise.adapters.web.formulaire;

import fr.espaceentreprise.domain.commun.DomaineException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    public Optional<String> champOptionnel() {
        return Optional.ofNullable(champ);
    }
}
