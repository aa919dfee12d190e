package fr.espaceentreprise.adapters.web.formulaire;

import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import java.util.List;

/**
 * Why a form was refused, to show it again with its errors: the status to answer (400 for wrong input, 409 for a
 * rule needing state, as {@link fr.espaceentreprise.adapters.web.erreur.Problemes} answers them elsewhere) and the
 * errors beside their fields.
 *
 * <pre>
 * try {
 *     …
 * } catch (SaisieInvalideException | DomaineException e) {
 *     EchecSaisie echec = EchecSaisie.de(e);
 *     ctx.status(echec.statut());
 *     afficher(ctx, formulaire.avecErreurs(echec.erreurs()));
 * }
 * </pre>
 */
public record EchecSaisie(int statut, List<ErreurChamp> erreurs) {

    public EchecSaisie {
        erreurs = List.copyOf(erreurs);
    }

    public static EchecSaisie de(RuntimeException refus) {
        if (refus instanceof SaisieInvalideException) {
            return new EchecSaisie(400, ((SaisieInvalideException) refus).erreurs());
        }
        if (refus instanceof DomaineException) {
            int statut = refus instanceof RegleMetierException ? 409 : 400;
            return new EchecSaisie(statut, List.of(ErreurChamp.de((DomaineException) refus)));
        }
        throw refus;
    }
}
