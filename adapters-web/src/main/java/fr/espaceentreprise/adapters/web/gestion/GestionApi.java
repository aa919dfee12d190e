package fr.espaceentreprise.adapters.web.gestion;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.ConsulterInscriptions.InscriptionAControler;
import fr.espaceentreprise.application.compte.ConsulterJournal;
import fr.espaceentreprise.application.compte.RejeterInscription;
import fr.espaceentreprise.application.compte.ValiderInscription;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The back office of the accounts in the API, for gestionnaires only (anyone else gets 404): the pending sign-up
 * requests with the result of each check, to validate or reject; and the audit trail, filtered by numéro
 * d'adhérent. Both lists are paged by keyset ({@code apres}, {@code taille}).
 */
public final class GestionApi {

    static final String API_INSCRIPTIONS = "/api/v1/gestion/inscriptions";
    static final String API_VALIDATION = "/api/v1/gestion/inscriptions/{id}/validation";
    static final String API_REJET = "/api/v1/gestion/inscriptions/{id}/rejet";
    static final String API_JOURNAL = "/api/v1/gestion/journal";
    static final String PARAMETRE_TAILLE = "taille";

    private final ConsulterInscriptions consulterInscriptions;
    private final ValiderInscription validerInscription;
    private final RejeterInscription rejeterInscription;
    private final ConsulterJournal consulterJournal;
    private final AccesGestion acces;

    public GestionApi(ConsulterInscriptions consulterInscriptions, ValiderInscription validerInscription,
            RejeterInscription rejeterInscription, ConsulterJournal consulterJournal, AccesGestion acces) {
        this.consulterInscriptions = consulterInscriptions;
        this.validerInscription = validerInscription;
        this.rejeterInscription = rejeterInscription;
        this.consulterJournal = consulterJournal;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_INSCRIPTIONS, this::inscriptions);
        routes.post(API_VALIDATION, this::valider);
        routes.post(API_REJET, this::rejeter);
        routes.get(API_JOURNAL, this::journal);
    }

    private void inscriptions(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        Page<InscriptionAControler, CurseurChronologique> page = consulterInscriptions.consulter(
                new ConsulterInscriptions.Requete(acteur, GestionPages.apres(ctx), taille(ctx)));
        ctx.json(new ListeJson<>(page.elements().stream().map(GestionApi::inscriptionJson).toList(),
                page.suivant().map(Curseur::encoder).orElse(null)));
    }

    private void valider(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        UtilisateurId compte = validerInscription.valider(new ValiderInscription.Commande(acteur,
                DemandeInscriptionId.de(ctx.pathParam("id")), AdresseClient.de(ctx)));
        ctx.json(new CompteCreeJson(compte.toString()));
    }

    private void rejeter(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        MotifJson demande = ctx.bodyAsClass(MotifJson.class);
        rejeterInscription.rejeter(new RejeterInscription.Commande(acteur,
                DemandeInscriptionId.de(ctx.pathParam("id")), demande.motif(), AdresseClient.de(ctx)));
        ctx.status(204);
    }

    private void journal(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        String filtre = ctx.queryParam(GestionPages.CHAMP_NUMERO);
        Optional<NumeroAdherent> numero = filtre == null || filtre.isBlank() ? Optional.empty()
                : Optional.of(new NumeroAdherent(filtre));
        Page<EvenementAudit, CurseurChronologique> page = consulterJournal.consulter(
                new ConsulterJournal.Requete(acteur, numero, GestionPages.apres(ctx), taille(ctx)));
        ctx.json(new ListeJson<>(page.elements().stream().map(GestionApi::evenementJson).toList(),
                page.suivant().map(Curseur::encoder).orElse(null)));
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
