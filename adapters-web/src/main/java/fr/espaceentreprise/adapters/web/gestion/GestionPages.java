package fr.espaceentreprise.adapters.web.gestion;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.ConsulterInscriptions.InscriptionAControler;
import fr.espaceentreprise.application.compte.ConsulterJournal;
import fr.espaceentreprise.application.compte.RejeterInscription;
import fr.espaceentreprise.application.compte.ValiderInscription;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back office of the accounts, for gestionnaires only (anyone else logged in gets 404, as if nothing were
 * there): the pending sign-up requests with the result of each check against the reference data, to validate or
 * reject with a motif; and the audit trail, newest first, filtered by numéro d'adhérent. Both lists are paged by
 * keyset ("page suivante").
 */
public final class GestionPages {

    public static final String INSCRIPTIONS = "/gestion/inscriptions";
    public static final String JOURNAL = "/gestion/journal";
    static final String VALIDATION = "/gestion/inscriptions/{id}/validation";
    static final String REJET = "/gestion/inscriptions/{id}/rejet";

    static final String PARAMETRE_APRES = "apres";
    static final String PARAMETRE_DECISION = "decision";
    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_MOTIF = "motif";

    private final ConsulterInscriptions consulterInscriptions;
    private final ValiderInscription validerInscription;
    private final RejeterInscription rejeterInscription;
    private final ConsulterJournal consulterJournal;
    private final AccesGestion acces;
    private final Pages pages;

    public GestionPages(ConsulterInscriptions consulterInscriptions, ValiderInscription validerInscription,
            RejeterInscription rejeterInscription, ConsulterJournal consulterJournal, AccesGestion acces,
            Pages pages) {
        this.consulterInscriptions = consulterInscriptions;
        this.validerInscription = validerInscription;
        this.rejeterInscription = rejeterInscription;
        this.consulterJournal = consulterJournal;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(INSCRIPTIONS, ctx -> afficherInscriptions(ctx, acces.gestionnaire(ctx), apres(ctx),
                Formulaire.vide(), null));
        routes.post(VALIDATION, this::valider);
        routes.post(REJET, this::rejeter);
        routes.get(JOURNAL, this::journal);
    }

    private void valider(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        String id = ctx.pathParam("id");
        try {
            validerInscription.valider(new ValiderInscription.Commande(acteur, DemandeInscriptionId.de(id),
                    AdresseClient.de(ctx)));
            ctx.redirect(INSCRIPTIONS + "?" + PARAMETRE_DECISION + "=validee", HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            echec(ctx, acteur, refus, id);
        }
    }

    private void rejeter(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        String id = ctx.pathParam("id");
        try {
            rejeterInscription.rejeter(new RejeterInscription.Commande(acteur, DemandeInscriptionId.de(id),
                    ctx.formParam(CHAMP_MOTIF), AdresseClient.de(ctx)));
            ctx.redirect(INSCRIPTIONS + "?" + PARAMETRE_DECISION + "=rejetee", HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            echec(ctx, acteur, refus, id);
        }
    }

    private void echec(Context ctx, Acteur acteur, DomaineException refus, String id) {
        EchecSaisie echec = EchecSaisie.de(refus);
        ctx.status(echec.statut());
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CHAMP_MOTIF,
                Optional.ofNullable(ctx.formParam(CHAMP_MOTIF)).orElse(""))).avecErreurs(echec.erreurs());
        afficherInscriptions(ctx, acteur, Optional.empty(), formulaire, id);
    }

    private void afficherInscriptions(Context ctx, Acteur acteur, Optional<CurseurChronologique> apres,
            Formulaire formulaire, String enErreur) {
        Page<InscriptionAControler, CurseurChronologique> page = consulterInscriptions.consulter(
                new ConsulterInscriptions.Requete(acteur, apres, Page.TAILLE_PAR_DEFAUT));
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("inscriptions", page.elements());
        parametres.put("suivant", page.suivant().map(curseur -> INSCRIPTIONS + "?" + PARAMETRE_APRES + "="
                + curseur.encoder()).orElse(null));
        parametres.put("decision", decision(ctx.queryParam(PARAMETRE_DECISION)));
        parametres.put("formulaire", formulaire);
        parametres.put("enErreur", enErreur);
        pages.afficher(ctx, "gestion/inscriptions.jte", parametres);
    }

    /** Only the two words this page writes itself are shown back. */
    private static String decision(String parametre) {
        return "validee".equals(parametre) || "rejetee".equals(parametre) ? parametre : null;
    }

    private void journal(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        String filtre = Optional.ofNullable(ctx.queryParam(CHAMP_NUMERO)).orElse("").strip();
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(CHAMP_NUMERO, filtre));
        Map<String, Object> parametres = new HashMap<>();
        try {
            Optional<NumeroAdherent> numero = filtre.isEmpty() ? Optional.empty()
                    : Optional.of(new NumeroAdherent(filtre));
            Page<EvenementAudit, CurseurChronologique> page = consulterJournal.consulter(
                    new ConsulterJournal.Requete(acteur, numero, apres(ctx), Page.TAILLE_PAR_DEFAUT));
            parametres.put("evenements", page.elements());
            parametres.put("suivant", page.suivant().map(curseur -> JOURNAL + "?"
                    + numero.map(n -> CHAMP_NUMERO + "=" + n.valeur() + "&").orElse("")
                    + PARAMETRE_APRES + "=" + encoder(curseur.encoder())).orElse(null));
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            formulaire = formulaire.avecErreurs(echec.erreurs());
            parametres.put("evenements", List.of());
            parametres.put("suivant", null);
        }
        parametres.put("formulaire", formulaire);
        pages.afficher(ctx, "gestion/journal.jte", parametres);
    }

    /** The cursor of the next page of a list, pages and API alike. */
    static Optional<CurseurChronologique> apres(Context ctx) {
        String apres = ctx.queryParam(PARAMETRE_APRES);
        return apres == null || apres.isBlank() ? Optional.empty() : Optional.of(CurseurChronologique.decoder(apres));
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
