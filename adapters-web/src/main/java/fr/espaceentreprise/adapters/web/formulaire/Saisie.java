package fr.espaceentreprise.adapters.web.formulaire;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads every field of a request before answering, so that the user sees all the mistakes at once:
 *
 * <pre>
 * Saisie saisie = new Saisie();
 * Siret siret = saisie.lire(() -> new Siret(requete.siret()));
 * Email email = saisie.lire(() -> new Email(requete.email()));
 * saisie.verifier();   // throws SaisieInvalideException (400) listing both errors if both are wrong
 * </pre>
 */
public final class Saisie {

    private final List<ErreurChamp> erreurs = new ArrayList<>();

    /** The value built by {@code conversion}, or null with its error recorded when the value is invalid. */
    public <T> T lire(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (ValeurInvalideException e) {
            erreurs.add(ErreurChamp.de(e));
            return null;
        }
    }

    /** A field the domain cannot check by itself, e.g. a checkbox that must be ticked. */
    public void obligatoire(boolean present, String champ) {
        if (!present) {
            erreur(champ, Verifications.OBLIGATOIRE);
        }
    }

    public void erreur(String champ, String code) {
        erreurs.add(ErreurChamp.sur(champ, code));
    }

    public boolean aDesErreurs() {
        return !erreurs.isEmpty();
    }

    public List<ErreurChamp> erreurs() {
        return List.copyOf(erreurs);
    }

    public void verifier() {
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalideException(erreurs);
        }
    }
}
