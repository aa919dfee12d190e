package fr.espaceentreprise.domain.commun;

import java.util.Map;

/** A rule that needs the state of an aggregate is broken (a request that cannot move to that status...). */
public final class RegleMetierException extends DomaineException {

    public RegleMetierException(String code) {
        this(code, null, Map.of());
    }

    public RegleMetierException(String code, String champ) {
        this(code, champ, Map.of());
    }

    public RegleMetierException(String code, String champ, Map<String, Object> parametres) {
        super(code, champ, parametres);
    }
}
