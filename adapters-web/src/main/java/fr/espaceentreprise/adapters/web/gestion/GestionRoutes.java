package fr.espaceentreprise.adapters.web.gestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.ConsulterInscriptions.InscriptionAControler;
import fr.espaceentreprise.application.compte.ConsulterJournal;
import fr.espaceentreprise.application.compte.RejeterInscription;
import fr.espaceentreprise.application.compte.ValiderInscription;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
public final class GestionRoutes {

    public static final String INSCRIPTIONS = "/gestion/inscriptions";
    public static final String JOURNAL = "/gestion/journal";
    static final String VALIDATION = "/gestion/inscriptions/{id}/validation";
    static final String REJET = "/gestion/inscriptions/{id}/rejet";
    static final String API_INSCRIPTIONS = "/api/v1/gestion/inscriptions";
    static final String API_VALIDATION = "/api/v1/gestion/inscriptions/{id}/validation";
    static final String API_REJET = "/api/v1/gestion/inscriptions/{id}/rejet";
    static final String API_JOURNAL = "/api/v1/gestion/journal";

    static final String PARAMETRE_APRES = "apres";
    static final String PARAMETRE_TAILLE = "taille";
    static final String PARAMETRE_DECISION = "decision";
    static final String CHAMP_NUMERO = "numeroAdherent";
    static final String CHAMP_MOTIF = "motif";

    private final ConsulterInscriptions consulterInscriptions;
    private final ValiderInscription validerInscription;
    private final RejeterInscription rejeterInscription;
    private final ConsulterJournal consulterJournal;
    private final AccesGestion acces;
    private final Pages pages;

    public GestionRoutes(ConsulterInscriptions consulterInscriptions, ValiderInscription validerInscription,
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

        routes.get(API_INSCRIPTIONS, this::inscriptionsApi);
        routes.post(API_VALIDATION, this::validerApi);
        routes.post(API_REJET, this::rejeterApi);
        routes.get(API_JOURNAL, this::journalApi);
    }

    // --- pages

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

    // --- API

    private void inscriptionsApi(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        Page<InscriptionAControler, CurseurChronologique> page = consulterInscriptions.consulter(
                new ConsulterInscriptions.Requete(acteur, apres(ctx), taille(ctx)));
        ctx.json(new ListeJson<>(page.elements().stream().map(GestionRoutes::inscriptionJson).toList(),
                page.suivant().map(Curseur::encoder).orElse(null)));
    }

    private void validerApi(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        UtilisateurId compte = validerInscription.valider(new ValiderInscription.Commande(acteur,
                DemandeInscriptionId.de(ctx.pathParam("id")), AdresseClient.de(ctx)));
        ctx.json(new CompteCreeJson(compte.toString()));
    }

    private void rejeterApi(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        MotifJson demande = ctx.bodyAsClass(MotifJson.class);
        rejeterInscription.rejeter(new RejeterInscription.Commande(acteur,
                DemandeInscriptionId.de(ctx.pathParam("id")), demande.motif(), AdresseClient.de(ctx)));
        ctx.status(204);
    }

    private void journalApi(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        String filtre = ctx.queryParam(CHAMP_NUMERO);
        Optional<NumeroAdherent> numero = filtre == null || filtre.isBlank() ? Optional.empty()
                : Optional.of(new NumeroAdherent(filtre));
        Page<EvenementAudit, CurseurChronologique> page = consulterJournal.consulter(
                new ConsulterJournal.Requete(acteur, numero, apres(ctx), taille(ctx)));
        ctx.json(new ListeJson<>(page.elements().stream().map(GestionRoutes::evenementJson).toList(),
                page.suivant().map(Curseur::encoder).orElse(null)));
    }

    private static Optional<CurseurChronologique> apres(Context ctx) {
        String apres = ctx.queryParam(PARAMETRE_APRES);
        return apres == null || apres.isBlank() ? Optional.empty() : Optional.of(CurseurChronologique.decoder(apres));
    }

    private static int taille(Context ctx) {
        String taille = ctx.queryParam(PARAMETRE_TAILLE);
        if (taille == null || taille.isBlank()) {
            return Page.TAILLE_PAR_DEFAUT;
        }
        try {
            return Page.tailleValide(Integer.parseInt(taille.strip()));
        } catch (NumberFormatException illisible) {
            return Page.tailleValide(0);
        }
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }

    private static InscriptionJson inscriptionJson(InscriptionAControler inscription) {
        DemandeInscription demande = inscription.demande();
        ControlesInscription controles = inscription.controles();
        return new InscriptionJson(demande.id().toString(), demande.profil(), demande.raisonSociale().orElse(null),
                demande.siret().map(Siret::valeur).orElse(null), demande.email().valeur(),
                demande.numeroAdherent().valeur(), demande.nom(), demande.prenom(), demande.dateNaissance(),
                demande.langue(), demande.recueLe(),
                new ControlesJson(controles.numeroAdherentConnu(), controles.profilConforme(),
                        controles.siretConforme(), controles.aucunCompteExistant(),
                        controles.emailIdentiqueAuDossier(), controles.echecs()));
    }

    private static EvenementJson evenementJson(EvenementAudit evenement) {
        return new EvenementJson(evenement.id().toString(), evenement.instant(), evenement.type(),
                evenement.utilisateurId().map(UtilisateurId::toString).orElse(null),
                evenement.numeroAdherent().map(NumeroAdherent::valeur).orElse(null), evenement.ip().valeur(),
                evenement.detail().orElse(null));
    }

    record ListeJson<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String suivant) {
    }

    record InscriptionJson(String id, Profil profil, String raisonSociale, String siret, String email,
            String numeroAdherent, String nom, String prenom, LocalDate dateNaissance, Langue langue,
            Instant recueLe, ControlesJson controles) {
    }

    record ControlesJson(boolean numeroAdherentConnu, boolean profilConforme, boolean siretConforme,
            boolean aucunCompteExistant, boolean emailIdentiqueAuDossier, List<String> echecs) {
    }

    record EvenementJson(String id, Instant instant, TypeEvenementAudit type, String utilisateurId,
            String numeroAdherent, String ip, String detail) {
    }

    record CompteCreeJson(String utilisateurId) {
    }

    record MotifJson(String motif) {
    }
}
