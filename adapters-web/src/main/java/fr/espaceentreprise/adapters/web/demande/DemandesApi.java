package fr.espaceentreprise.adapters.web.demande;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.application.demande.CleIdempotence;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.RepondreDemande;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The demandes of the API: the list, filtered as the page filters it, with a cursor; a new demande (JSON, or
 * multipart with its files); one demande with its history and the links to its files; the reply to a demande
 * awaiting one.
 */
public final class DemandesApi {

    static final String API_LISTE = "/api/v1/demandes";
    static final String API_DEMANDE = "/api/v1/demandes/{id}";
    static final String API_PIECE_JOINTE = "/api/v1/demandes/{id}/pieces-jointes/{pieceId}";
    static final String API_REPONSES = "/api/v1/demandes/{id}/reponses";
    /** The API calls that also take files, as multipart: a new demande, and an answer. */
    public static final Pattern API_AVEC_FICHIERS = Pattern.compile("/api/v1/demandes(/[^/]+/reponses)?");

    static final String CLE_IDEMPOTENCE = "Idempotency-Key";
    static final String PARTIE_DEMANDE = "demande";
    private static final String JSON_INVALIDE = "requete.json_invalide";

    private final SoumettreDemande soumettreDemande;
    private final ConsulterDemandes consulterDemandes;
    private final RepondreDemande repondreDemande;
    private final Acces acces;

    public DemandesApi(SoumettreDemande soumettreDemande, ConsulterDemandes consulterDemandes,
            RepondreDemande repondreDemande, Acces acces) {
        this.soumettreDemande = soumettreDemande;
        this.consulterDemandes = consulterDemandes;
        this.repondreDemande = repondreDemande;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_LISTE, this::liste);
        routes.post(API_LISTE, this::soumettre);
        routes.get(API_DEMANDE, this::demande);
        routes.get(API_PIECE_JOINTE, ctx -> DemandesPages.telecharger(ctx, consulterDemandes,
                acces.connecte(ctx).acteur()));
        routes.post(API_REPONSES, this::repondre);
    }

    private void liste(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Recherche recherche = Recherche.lire(ctx);
        ctx.json(DemandesJson.liste(consulterDemandes.lister(new ConsulterDemandes.Requete(acteur,
                recherche.filtre(), recherche.curseur(), recherche.taille()))));
    }

    /**
     * A retry with the same {@value #CLE_IDEMPOTENCE} answers the first demande as it was answered (201, its
     * location and its JSON), so that a client that lost the answer can simply send again.
     */
    private void soumettre(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Saisie saisie = new Saisie();
        String entete = ctx.header(CLE_IDEMPOTENCE);
        Optional<CleIdempotence> cle = entete == null ? Optional.empty()
                : Optional.ofNullable(saisie.lire(() -> new CleIdempotence(entete)));
        List<PieceJointe> pieces = piecesJointes(ctx, saisie);
        JsonNode corps = ctx.isMultipartFormData() ? partieJson(ctx, saisie) : ctx.bodyAsClass(JsonNode.class);
        CorpsSoumission.Lecture lecture = CorpsSoumission.lire(corps, saisie);
        SoumettreDemande.Soumission soumission = soumettreDemande.soumettre(new SoumettreDemande.Commande(acteur,
                lecture.entrepriseId(), lecture.contenu(), pieces, cle, AdresseClient.de(ctx)));
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", API_LISTE + "/" + soumission.id());
        ctx.json(DemandesJson.FicheJson.de(consulterDemandes.consulter(acteur, soumission.id())));
    }

    private void demande(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        ctx.json(DemandesJson.FicheJson.de(consulterDemandes.consulter(acteur, DemandesPages.demandeDuChemin(ctx))));
    }

    private void repondre(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        DemandeId id = DemandesPages.demandeDuChemin(ctx);
        String message;
        List<PieceJointe> pieces = List.of();
        if (ctx.isMultipartFormData()) {
            Saisie saisie = new Saisie();
            pieces = piecesJointes(ctx, saisie);
            saisie.verifier();
            message = ctx.formParam(DemandesPages.MESSAGE);
        } else {
            message = ctx.bodyAsClass(MessageJson.class).message();
        }
        repondreDemande.repondre(new RepondreDemande.Commande(acteur, id, message, pieces, AdresseClient.de(ctx)));
        ctx.json(DemandesJson.FicheJson.de(consulterDemandes.consulter(acteur, id)));
    }

    /** The files of a multipart call, their errors on the field {@code piecesJointes}; none in a JSON call. */
    private static List<PieceJointe> piecesJointes(Context ctx, Saisie saisie) {
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

    record MessageJson(String message) {
    }
}
