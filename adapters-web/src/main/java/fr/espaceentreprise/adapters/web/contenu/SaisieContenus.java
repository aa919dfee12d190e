package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the forms of the contents' back office share: the texts typed in both languages, the order of an entry, the
 * refused change shown again, and the way back to the overview that says what was done.
 */
final class SaisieContenus {

    private SaisieContenus() {
    }

    /** Each language read on its own, so that both errors show at once. */
    static TexteBilingue bilingue(Context ctx, Saisie saisie, String champ, int max) {
        String fr = saisie.lire(() -> Verifications.texte(ctx.formParam(champ + "Fr"), champ + "Fr", max));
        String en = saisie.lire(() -> Verifications.texte(ctx.formParam(champ + "En"), champ + "En", max));
        return fr == null || en == null ? null : new TexteBilingue(fr, en);
    }

    /** 0 to 999; empty means 0. */
    static Integer ordre(Context ctx, Saisie saisie) {
        String texte = Optional.ofNullable(ctx.formParam("ordre")).map(String::strip).orElse("");
        if (texte.isEmpty()) {
            return 0;
        }
        if (!texte.matches("\\d{1,3}")) {
            saisie.erreur("ordre", "contenu.ordre.invalide");
            return null;
        }
        return Integer.parseInt(texte);
    }

    /** Runs the change; a refusal shows the form again, with what was typed and each error beside its field. */
    static void soumettre(Context ctx, Consumer<Formulaire> afficher, Runnable changement) {
        try {
            changement.run();
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficher.accept(Formulaire.depuis(ctx).avecErreurs(echec.erreurs()));
        }
    }

    static void versApercu(Context ctx, String fait) {
        ctx.redirect(GestionContenusPages.CONTENUS + "?fait=" + fait, HttpStatus.SEE_OTHER);
    }
}
