package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.i18n.PreferenceLangue;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.application.compte.ChangerLangue;
import fr.espaceentreprise.domain.commun.Langue;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in user sees the portal in the language stored with their account; switching language on a page
 * ({@code ?lang=}) stores the new one (API clients use {@code PUT /api/v1/moi/langue}).
 */
public final class LangueDuCompte implements PreferenceLangue {

    private static final Logger LOG = LoggerFactory.getLogger(LangueDuCompte.class);

    private final Acces acces;
    private final ChangerLangue changerLangue;

    public LangueDuCompte(Acces acces, ChangerLangue changerLangue) {
        this.acces = acces;
        this.changerLangue = changerLangue;
    }

    @Override
    public Optional<Langue> langueEnregistree(Context ctx) {
        return acces.session(ctx).map(session -> session.acteur().langue());
    }

    @Override
    public void langueChoisie(Context ctx, Langue langue) {
        if (Requetes.estApi(ctx)) {
            return;
        }
        acces.session(ctx).filter(session -> session.acteur().langue() != langue).ifPresent(session -> {
            try {
                changerLangue.changer(new ChangerLangue.Commande(session.acteur(), langue));
            } catch (RuntimeException e) {
                // The page is still shown in the language asked for; only remembering it failed.
                LOG.warn("The language of user {} could not be stored", session.utilisateurId(), e);
            }
        });
    }
}
