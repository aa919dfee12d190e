package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.RecupererAcces;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/**
 * "Mot de passe oublié" (by numéro d'adhérent: a new temporary password by mail) and "J'ai oublié mon identifiant"
 * (by e-mail: the numéro d'adhérent by mail). The answer is the same whether or not an account matches.
 */
final class RecuperationPages {

    static final String MOT_DE_PASSE_OUBLIE = "/mot-de-passe-oublie";
    static final String MOT_DE_PASSE_OUBLIE_ENVOYE = "/mot-de-passe-oublie/demande-envoyee";
    static final String IDENTIFIANT_OUBLIE = "/identifiant-oublie";
    static final String IDENTIFIANT_OUBLIE_ENVOYE = "/identifiant-oublie/demande-envoyee";

    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_EMAIL = "email";

    private final RecupererAcces recupererAcces;
    private final ControleAcces controle;
    private final Pages pages;

    RecuperationPages(RecupererAcces recupererAcces, ControleAcces controle, Pages pages) {
        this.recupererAcces = recupererAcces;
        this.controle = controle;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(MOT_DE_PASSE_OUBLIE, ctx -> afficherMotDePasse(ctx, Formulaire.vide()));
        routes.post(MOT_DE_PASSE_OUBLIE, this::motDePasseOublie);
        routes.get(MOT_DE_PASSE_OUBLIE_ENVOYE, ctx -> envoye(ctx, "mot_de_passe_oublie_envoye"));
        routes.get(IDENTIFIANT_OUBLIE, ctx -> afficherIdentifiant(ctx, Formulaire.vide()));
        routes.post(IDENTIFIANT_OUBLIE, this::identifiantOublie);
        routes.get(IDENTIFIANT_OUBLIE_ENVOYE, ctx -> envoye(ctx, "identifiant_oublie_envoye"));
    }

    private void motDePasseOublie(Context ctx) {
        Formulaire formulaire = Formulaire.depuis(ctx);
        try {
            recupererAcces.motDePasseOublie(new RecupererAcces.MotDePasseOublie(
                    new NumeroAdherent(formulaire.valeur(CHAMP_NUMERO)), AdresseClient.de(ctx)));
            ctx.redirect(MOT_DE_PASSE_OUBLIE_ENVOYE, HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherMotDePasse(ctx, formulaire.avecErreurs(echec.erreurs()));
        }
    }

    private void identifiantOublie(Context ctx) {
        Formulaire formulaire = Formulaire.depuis(ctx);
        try {
            recupererAcces.identifiantOublie(new RecupererAcces.IdentifiantOublie(
                    new Email(formulaire.valeur(CHAMP_EMAIL)), AdresseClient.de(ctx)));
            ctx.redirect(IDENTIFIANT_OUBLIE_ENVOYE, HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficherIdentifiant(ctx, formulaire.avecErreurs(echec.erreurs()));
        }
    }

    /** The forms and their answers are refused as the requests would be (while the space is closed). */
    private void exigerOuvert() {
        controle.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
    }

    private void afficherMotDePasse(Context ctx, Formulaire formulaire) {
        exigerOuvert();
        pages.afficher(ctx, "compte/motDePasseOublie.jte", Map.of("formulaire", formulaire));
    }

    private void afficherIdentifiant(Context ctx, Formulaire formulaire) {
        exigerOuvert();
        pages.afficher(ctx, "compte/identifiantOublie.jte", Map.of("formulaire", formulaire));
    }

    private void envoye(Context ctx, String cle) {
        exigerOuvert();
        pages.afficher(ctx, "compte/message.jte", Map.of("cle", cle, "lien", ConnexionPages.CONNEXION));
    }
}
