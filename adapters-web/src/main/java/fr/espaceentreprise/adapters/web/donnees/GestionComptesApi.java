package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.compte.ConsulterComptes;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The back office's accounts in the API (gestionnaires only; anyone else gets 404): search by numéro d'adhérent,
 * suspend, reactivate, delete, reset the second factor. {@code DELETE /api/v1/gestion/utilisateurs/{id}} takes its
 * motif in a JSON body or, for clients that cannot send a body with DELETE, in the query
 * ({@code ?motif=…&precision=…}).
 */
final class GestionComptesApi {

    static final String API_UTILISATEURS = "/api/v1/gestion/utilisateurs";
    static final String API_UTILISATEUR = "/api/v1/gestion/utilisateurs/{id}";
    static final String API_SUSPENSION = "/api/v1/gestion/utilisateurs/{id}/suspension";
    static final String API_REACTIVATION = "/api/v1/gestion/utilisateurs/{id}/reactivation";
    static final String API_REINITIALISATION =
            "/api/v1/gestion/utilisateurs/{id}/second-facteur/reinitialisation";

    private final ConsulterComptes consulterComptes;
    private final DeciderCompte deciderCompte;
    private final AccesGestion acces;

    GestionComptesApi(ConsulterComptes consulterComptes, DeciderCompte deciderCompte, AccesGestion acces) {
        this.consulterComptes = consulterComptes;
        this.deciderCompte = deciderCompte;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.get(API_UTILISATEURS, this::rechercher);
        routes.post(API_SUSPENSION, this::suspendre);
        routes.post(API_REACTIVATION, this::reactiver);
        routes.delete(API_UTILISATEUR, this::supprimer);
        routes.post(API_REINITIALISATION, this::reinitialiserSecondFacteur);
    }

    private void rechercher(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        NumeroAdherent numero = new NumeroAdherent(Optional.ofNullable(
                ctx.queryParam(GestionComptesPages.CHAMP_NUMERO)).orElse(""));
        ctx.json(ListeJson.entiere(consulterComptes.consulter(acteur, numero).stream()
                .map(GestionComptesApi::ficheJson).toList()));
    }

    private void suspendre(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        deciderCompte.suspendre(corps(ctx).fermeture(acteur, ctx));
        ctx.status(204);
    }

    private void reactiver(Context ctx) {
        deciderCompte.reactiver(reactivation(ctx));
        ctx.status(204);
    }

    private void reinitialiserSecondFacteur(Context ctx) {
        deciderCompte.reinitialiserSecondFacteur(reactivation(ctx));
        ctx.status(204);
    }

    /** The account of the path, by the gestionnaire calling. */
    private DeciderCompte.Reactivation reactivation(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        return new DeciderCompte.Reactivation(acteur, UtilisateurId.de(ctx.pathParam("id")), AdresseClient.de(ctx));
    }

    private void supprimer(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        MotifJson corps = ctx.body().isBlank()
                ? new MotifJson(ctx.queryParam(GestionComptesPages.CHAMP_MOTIF),
                        ctx.queryParam(GestionComptesPages.CHAMP_PRECISION))
                : corps(ctx);
        deciderCompte.supprimer(corps.fermeture(acteur, ctx));
        ctx.status(204);
    }

    private static MotifJson corps(Context ctx) {
        return ctx.body().isBlank() ? new MotifJson(null, null) : ctx.bodyAsClass(MotifJson.class);
    }

    private static FicheJson ficheJson(FicheCompte fiche) {
        return new FicheJson(fiche.id().toString(), fiche.numeroAdherent().valeur(), fiche.profil(), fiche.nom(),
                fiche.prenom(), fiche.email().valeur(), fiche.langue(), fiche.statut(),
                fiche.rattachement().orElse(null), fiche.derniereConnexion().orElse(null),
                fiche.decisions().stream().map(decision -> new DecisionJson(decision.type(),
                        decision.motif().orElse(null), decision.precision().orElse(null),
                        decision.par().toString(), decision.instant())).toList());
    }

    record MotifJson(String motif, String precision) {

        DeciderCompte.Fermeture fermeture(Acteur acteur, Context ctx) {
            return new DeciderCompte.Fermeture(acteur, UtilisateurId.de(ctx.pathParam("id")),
                    GestionComptesPages.motif(motif), precision, AdresseClient.de(ctx));
        }
    }

    record FicheJson(String id, String numeroAdherent, Profil profil, String nom, String prenom, String email,
            Langue langue, StatutCompte statut, String rattachement, Instant derniereConnexion,
            List<DecisionJson> decisions) {
    }

    record DecisionJson(TypeDecisionCompte type, MotifCompte motif, String precision, String par,
            Instant instant) {
    }
}
