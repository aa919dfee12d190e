package fr.espaceentreprise.adapters.web.formulaire;

import java.util.List;

/** Several fields of one request are wrong: answered 400 with every error at once. */
public final class SaisieInvalideException extends RuntimeException {

    private final List<ErreurChamp> erreurs;

    public SaisieInvalideException(List<ErreurChamp> erreurs) {
        super(erreurs.size() + " field error(s)");
        if (erreurs.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one error");
        }
        this.erreurs = List.copyOf(erreurs);
    }

    public List<ErreurChamp> erreurs() {
        return erreurs;
    }
}
