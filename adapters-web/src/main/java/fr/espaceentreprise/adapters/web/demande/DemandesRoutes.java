package fr.espaceentreprise.adapters.web.demande;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Telechargement;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.demande.CleIdempotence;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.DemandeResume;
import fr.espaceentreprise.application.demande.FicheDemande;
import fr.espaceentreprise.application.demande.PieceJointeResume;
import fr.espaceentreprise.application.demande.RepondreDemande;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rubrique Demandes ("Suivi des demandes"): the demandes of the user's entreprise (a mandataire's, of his
 * portfolio), filtered by statut and type, by keyset pages; one demande with its whole history, the back office's
 * messages and the files, each downloaded as an attachment; the reply to a demande awaiting one (message and
 * files). The same in the API, which also takes a new demande ({@code POST /api/v1/demandes}).
 */
public final class DemandesRoutes {

    public static final String LISTE = "/demandes";
    static final String DEMANDE = "/demandes/{id}";
    static final String PIECE_JOINTE = "/demandes/{id}/pieces-jointes/{pieceId}";
    static final String REPONSE = "/demandes/{id}/reponse";
    static final String API_LISTE = "/api/v1/demandes";
    static final String API_DEMANDE = "/api/v1/demandes/{id}";
    static final String API_PIECE_JOINTE = "/api/v1/demandes/{id}/pieces-jointes/{pieceId}";
    static final String API_REPONSES = "/api/v1/demandes/{id}/reponses";
    /** The API calls that also take files, as multipart: a new demande, and an answer. */
    public static final Pattern API_AVEC_FICHIERS = Pattern.compile("/api/v1/demandes(/[^/]+/reponses)?");

    static final String MESSAGE = "message";
    static final String INTROUVABLE = "demande.introuvable";
    static final String CLE_IDEMPOTENCE = "Idempotency-Key";
    static final String PARTIE_DEMANDE = "demande";
    private static final String JSON_INVALIDE = "requete.json_invalide";

    private final SoumettreDemande soumettreDemande;
    private final ConsulterDemandes consulterDemandes;
    private final RepondreDemande repondreDemande;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    public DemandesRoutes(SoumettreDemande soumettreDemande, ConsulterDemandes consulterDemandes,
            RepondreDemande repondreDemande, Acces acces, ControleAcces controle, Pages pages) {
        this.soumettreDemande = soumettreDemande;
        this.consulterDemandes = consulterDemandes;
        this.repondreDemande = repondreDemande;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(LISTE, this::liste);
        routes.get(DEMANDE, ctx -> afficher(ctx, acces.connecte(ctx).acteur(), Formulaire.vide(),
                "envoyee".equals(ctx.queryParam("reponse")),
                "oui".equals(ctx.queryParam(NouvelleDemandeRoutes.SOUMISE))));
        routes.get(PIECE_JOINTE, this::telecharger);
        routes.post(REPONSE, this::repondre);
        routes.get(API_LISTE, this::listeApi);
        routes.post(API_LISTE, this::soumettreApi);
        routes.get(API_DEMANDE, this::demandeApi);
        routes.get(API_PIECE_JOINTE, this::telecharger);
        routes.post(API_REPONSES, this::repondreApi);
    }

    // --- pages

    /** A wrong filter is shown before the list is read: the rubrique's gate refuses the page first. */
    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.DEMANDES);
        ListeDeDemandes.afficher(pages, ctx, LISTE, "demande/demandes.jte",
                Map.of("gestionnaire", acteur.estGestionnaire()),
                recherche -> consulterDemandes.lister(new ConsulterDemandes.Requete(acteur, recherche.filtre(),
                        recherche.curseur(), recherche.taille())));
    }

    private void afficher(Context ctx, Acteur acteur, Formulaire formulaire, boolean reponseEnvoyee,
            boolean soumise) {
        FicheDemande fiche = consulterDemandes.consulter(acteur, demandeDuChemin(ctx));
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("fiche", fiche);
        parametres.put("contenu", Contenu.lignes(fiche, page));
        parametres.put("formulaire", formulaire);
        parametres.put("reponseEnvoyee", reponseEnvoyee);
        parametres.put("soumise", soumise);
        parametres.put("repondre", fiche.statut() == StatutDemande.EN_ATTENTE_DE_RETOUR
                && !acteur.estGestionnaire());
        parametres.put("gestionnaire", acteur.estGestionnaire());
        pages.afficher(ctx, page, "demande/demande.jte", parametres);
    }

    private void repondre(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        DemandeId id = demandeDuChemin(ctx);
        try {
            repondreDemande.repondre(new RepondreDemande.Commande(acteur, id, ctx.formParam(MESSAGE),
                    PiecesJointesRecues.lire(ctx), AdresseClient.de(ctx)));
            ctx.redirect(LISTE + "/" + id + "?reponse=envoyee", HttpStatus.SEE_OTHER);
        } catch (DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficher(ctx, acteur, Formulaire.depuis(ctx).avecErreurs(echec.erreurs()), false, false);
        }
    }

    /** Page and API alike: the file as it was sent, never shown inline. */
    private void telecharger(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        PieceJointeId pieceId;
        try {
            pieceId = PieceJointeId.de(ctx.pathParam("pieceId"));
        } catch (DomaineException malForme) {
            throw new IntrouvableException("piece_jointe.introuvable");
        }
        PieceJointe piece = consulterDemandes.telecharger(acteur, demandeDuChemin(ctx), pieceId);
        ctx.contentType(piece.type().typeMime());
        ctx.header("Content-Disposition", "attachment; filename=\""
                + Telechargement.nomDeFichier(sansExtension(piece.nomFichier())) + piece.type().extension()
                + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.result(piece.contenu());
    }

    private static String sansExtension(String nom) {
        int point = nom.lastIndexOf('.');
        return point > 0 ? nom.substring(0, point) : nom;
    }

    // --- API

    private void listeApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Recherche recherche = Recherche.lire(ctx);
        var resultat = consulterDemandes.lister(new ConsulterDemandes.Requete(acteur, recherche.filtre(),
                recherche.curseur(), recherche.taille()));
        ctx.json(liste(resultat));
    }

    /**
     * A retry with the same {@value #CLE_IDEMPOTENCE} answers the first demande as it was answered (201, its
     * location and its JSON), so that a client that lost the answer can simply send again.
     */
    private void soumettreApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Saisie saisie = new Saisie();
        String entete = ctx.header(CLE_IDEMPOTENCE);
        Optional<CleIdempotence> cle = entete == null ? Optional.empty()
                : Optional.ofNullable(saisie.lire(() -> new CleIdempotence(entete)));
        List<PieceJointe> pieces = piecesJointesApi(ctx, saisie);
        JsonNode corps = ctx.isMultipartFormData() ? partieJson(ctx, saisie) : ctx.bodyAsClass(JsonNode.class);
        CorpsSoumission.Lecture lecture = CorpsSoumission.lire(corps, saisie);
        SoumettreDemande.Soumission soumission = soumettreDemande.soumettre(new SoumettreDemande.Commande(acteur,
                lecture.entrepriseId(), lecture.contenu(), pieces, cle, AdresseClient.de(ctx)));
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", API_LISTE + "/" + soumission.id());
        ctx.json(FicheJson.de(consulterDemandes.consulter(acteur, soumission.id())));
    }

    static ListeJson<DemandeJson> liste(fr.espaceentreprise.application.commun.Page<DemandeResume,
            CurseurChronologique> resultat) {
        return new ListeJson<>(resultat.elements().stream().map(DemandeJson::de).toList(),
                resultat.suivant().map(Curseur::encoder).orElse(null));
    }

    private void demandeApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(FicheJson.de(consulterDemandes.consulter(acteur, demandeDuChemin(ctx))));
    }

    private void repondreApi(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        DemandeId id = demandeDuChemin(ctx);
        String message;
        List<PieceJointe> pieces = List.of();
        if (ctx.isMultipartFormData()) {
            Saisie saisie = new Saisie();
            pieces = piecesJointesApi(ctx, saisie);
            saisie.verifier();
            message = ctx.formParam(MESSAGE);
        } else {
            message = ctx.bodyAsClass(MessageJson.class).message();
        }
        repondreDemande.repondre(new RepondreDemande.Commande(acteur, id, message, pieces, AdresseClient.de(ctx)));
        ctx.json(FicheJson.de(consulterDemandes.consulter(acteur, id)));
    }

    /** The files of a multipart call, their errors on the field {@code piecesJointes}; none in a JSON call. */
    private static List<PieceJointe> piecesJointesApi(Context ctx, Saisie saisie) {
        List<PieceJointe> pieces = saisie.lire(() -> PiecesJointesRecues.lire(ctx));
        return pieces == null ? List.of() : pieces;
    }

    /** The JSON of a demande sent with its files, in the part {@value #PARTIE_DEMANDE}. */
    private static JsonNode partieJson(Context ctx, Saisie saisie) {
        String json = ctx.formParam(PARTIE_DEMANDE);
        JsonNode corps = null;
        if (json == null || json.isBlank()) {
            saisie.erreur(PARTIE_DEMANDE, Verifications.OBLIGATOIRE);
        } else {
            try {
                corps = ctx.jsonMapper().fromJsonString(json, JsonNode.class);
            } catch (RuntimeException illisible) {
                saisie.erreur(PARTIE_DEMANDE, JSON_INVALIDE);
            }
        }
        if (corps == null) {
            saisie.verifier();
        }
        return corps;
    }

    static DemandeId demandeDuChemin(Context ctx) {
        return Parametres.identifiant(ctx, DemandeId::de, INTROUVABLE);
    }

    record MessageJson(String message) {
    }

    record DemandeJson(String id, TypeDemande type, StatutDemande statut, String entrepriseId, String raisonSociale,
            Instant soumiseLe, Instant misAJourLe, String objet) {

        static DemandeJson de(DemandeResume demande) {
            return new DemandeJson(demande.id().toString(), demande.type(), demande.statut(),
                    demande.entrepriseId().toString(), demande.raisonSociale(), demande.soumiseLe(),
                    demande.misAJourLe(), demande.objet().orElse(null));
        }
    }

    record FicheJson(String id, TypeDemande type, StatutDemande statut, String entrepriseId, String raisonSociale,
            Instant soumiseLe, Map<String, Object> contenu, String numeroContrat, String nomSalarie,
            List<EvenementJson> historique) {

        static FicheJson de(FicheDemande fiche) {
            return new FicheJson(fiche.id().toString(), fiche.type(), fiche.statut(),
                    fiche.entrepriseId().toString(), fiche.raisonSociale(), fiche.soumiseLe(),
                    Contenu.json(fiche.contenu()), fiche.numeroContrat().map(Object::toString).orElse(null),
                    fiche.nomSalarie().orElse(null), fiche.historique().stream()
                    .map(evenement -> EvenementJson.de(fiche.id(), evenement)).toList());
        }
    }

    record EvenementJson(Instant instant, TypeEvenement type, StatutDemande statut, String auteur,
            boolean serviceGestion, String message,
            @JsonInclude(JsonInclude.Include.ALWAYS) List<PieceJointeJson> piecesJointes) {

        static EvenementJson de(DemandeId demande, FicheDemande.Evenement evenement) {
            return new EvenementJson(evenement.instant(), evenement.type(), evenement.statut(),
                    evenement.nomAuteur().orElse(null), evenement.serviceGestion(),
                    evenement.message().orElse(null), evenement.piecesJointes().stream()
                    .map(piece -> PieceJointeJson.de(demande, piece)).toList());
        }
    }

    record PieceJointeJson(String id, String nomFichier, String type, int taille, String lien) {

        static PieceJointeJson de(DemandeId demande, PieceJointeResume piece) {
            return new PieceJointeJson(piece.id().toString(), piece.nomFichier(), piece.type().typeMime(),
                    piece.taille(), "/api/v1/demandes/" + demande + "/pieces-jointes/" + piece.id());
        }
    }
}
