package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.ChampDate;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "Créer mon compte", in two steps as the CGU describe it: choose Entreprise or Mandataire; step 1 identifies the
 * member (Entreprise: raison sociale, SIRET, e-mail, numéro d'adhérent; Mandataire: numéro d'adhérent, e-mail),
 * "Continuer"; step 2 the person (nom, prénom, date de naissance), "Envoyer ma demande". Step 1's values travel in
 * hidden fields of step 2 and are checked again. The answer is always the same, whether the data matches a
 * member or not; only mistakes in the form itself are shown, all at once.
 */
final class InscriptionRoutes {

    static final String INSCRIPTION = "/inscription";
    static final String CONTINUER = "/inscription/continuer";
    static final String RETOUR = "/inscription/retour";
    static final String DEMANDE_ENVOYEE = "/inscription/demande-envoyee";
    static final String API_INSCRIPTIONS = "/api/v1/inscriptions";

    static final String PROFIL = "profil";
    static final String RAISON_SOCIALE = "raisonSociale";
    static final String SIRET = "siret";
    static final String EMAIL = "email";
    static final String NUMERO_ADHERENT = "numeroAdherent";
    static final String NOM = "nom";
    static final String PRENOM = "prenom";
    static final String DATE_NAISSANCE = "dateNaissance";
    private static final Set<String> CHAMPS_ETAPE_1 = Set.of(PROFIL, RAISON_SOCIALE, SIRET, EMAIL, NUMERO_ADHERENT);

    private final DemanderInscription demanderInscription;
    private final ControleAcces controle;
    private final Pages pages;
    private final ChoixLangue choixLangue;
    private final Traductions traductions;

    InscriptionRoutes(DemanderInscription demanderInscription, ControleAcces controle, Pages pages,
            ChoixLangue choixLangue, Traductions traductions) {
        this.demanderInscription = demanderInscription;
        this.controle = controle;
        this.pages = pages;
        this.choixLangue = choixLangue;
        this.traductions = traductions;
    }

    void declarer(RoutesConfig routes) {
        routes.get(INSCRIPTION, this::debut);
        routes.post(CONTINUER, this::continuer);
        routes.post(RETOUR, ctx -> {
            exigerOuvert();
            afficherEtape1(ctx, Formulaire.depuis(ctx));
        });
        routes.post(INSCRIPTION, this::envoyer);
        routes.get(DEMANDE_ENVOYEE, ctx -> {
            exigerOuvert();
            pages.afficher(ctx, "compte/message.jte",
                    Map.of("cle", "inscription_envoyee", "lien", ConnexionRoutes.CONNEXION));
        });
        routes.post(API_INSCRIPTIONS, this::envoyerApi);
    }

    /** Every page of the sign-up is refused as the request itself would be (while the space is closed). */
    private void exigerOuvert() {
        controle.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
    }

    /** Without a profil, the choice of one; with one, step 1 for it. */
    private void debut(Context ctx) {
        exigerOuvert();
        String profil = ctx.queryParam(PROFIL);
        if (profil == null) {
            pages.afficher(ctx, "compte/inscriptionProfil.jte", Map.of("formulaire", Formulaire.vide()));
            return;
        }
        Formulaire formulaire = Formulaire.avecValeurs(Map.of(PROFIL, profil));
        Saisie saisie = new Saisie();
        saisie.lire(() -> profil(profil));
        if (saisie.aDesErreurs()) {
            ctx.status(400);
            pages.afficher(ctx, "compte/inscriptionProfil.jte",
                    Map.of("formulaire", formulaire.avecErreurs(saisie.erreurs())));
            return;
        }
        afficherEtape1(ctx, formulaire);
    }

    private void continuer(Context ctx) {
        exigerOuvert();
        Formulaire formulaire = Formulaire.depuis(ctx);
        Saisie saisie = new Saisie();
        lireEtape1(saisie, formulaire);
        if (saisie.aDesErreurs()) {
            ctx.status(400);
            afficherEtape1(ctx, formulaire.avecErreurs(saisie.erreurs()));
            return;
        }
        afficherEtape2(ctx, formulaire);
    }

    private void envoyer(Context ctx) {
        exigerOuvert();
        Formulaire formulaire = Formulaire.depuis(ctx);
        Saisie etape1 = new Saisie();
        Saisie etape2 = new Saisie();
        Commande commande = lire(etape1, etape2, formulaire);
        if (etape1.aDesErreurs()) {
            ctx.status(400);
            afficherEtape1(ctx, formulaire.avecErreurs(etape1.erreurs()));
            return;
        }
        if (etape2.aDesErreurs()) {
            ctx.status(400);
            afficherEtape2(ctx, formulaire.avecErreurs(etape2.erreurs()));
            return;
        }
        try {
            demanderInscription.demander(commande.pour(choixLangue.langue(ctx), AdresseClient.de(ctx)));
        } catch (DomaineException refus) {
            ErreurChamp erreur = ErreurChamp.de(refus);
            ctx.status(400);
            if (erreur.champ() != null && CHAMPS_ETAPE_1.contains(erreur.champ())) {
                afficherEtape1(ctx, formulaire.avecErreurs(List.of(erreur)));
            } else {
                afficherEtape2(ctx, formulaire.avecErreurs(List.of(erreur)));
            }
            return;
        }
        ctx.redirect(DEMANDE_ENVOYEE, HttpStatus.SEE_OTHER);
    }

    private void afficherEtape1(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/inscriptionEtape1.jte", Map.of("formulaire", formulaire,
                "entreprise", !Profil.MANDATAIRE.name().equals(formulaire.valeur(PROFIL))));
    }

    private void afficherEtape2(Context ctx, Formulaire formulaire) {
        pages.afficher(ctx, "compte/inscriptionEtape2.jte", Map.of("formulaire", formulaire,
                "entreprise", Profil.ENTREPRISE.name().equals(formulaire.valeur(PROFIL))));
    }

    private void envoyerApi(Context ctx) {
        InscriptionJson demande = ctx.bodyAsClass(InscriptionJson.class);
        Formulaire champs = Formulaire.avecValeurs(demande.champs());
        Saisie saisie = new Saisie();
        Commande commande = lire(saisie, saisie, champs);
        saisie.verifier();
        Messages messages = traductions.pour(choixLangue.langue(ctx));
        demanderInscription.demander(commande.pour(
                demande.langue() == null ? messages.langue() : MonCompteRoutes.langue(demande.langue()),
                AdresseClient.de(ctx)));
        ctx.status(202).json(new RecuJson("RECUE", messages.t("inscription.recue")));
    }

    private static Commande lire(Saisie etape1, Saisie etape2, Formulaire formulaire) {
        Etape1 identification = lireEtape1(etape1, formulaire);
        String nom = etape2.lire(() -> Verifications.texte(formulaire.valeur(NOM), NOM, Utilisateur.LONGUEUR_MAX_NOM));
        String prenom = etape2.lire(() -> Verifications.texte(formulaire.valeur(PRENOM), PRENOM,
                Utilisateur.LONGUEUR_MAX_NOM));
        LocalDate dateNaissance = etape2.lire(() -> ChampDate.lire(formulaire.valeur(DATE_NAISSANCE),
                DATE_NAISSANCE));
        return new Commande(identification, nom, prenom, dateNaissance);
    }

    private static Etape1 lireEtape1(Saisie saisie, Formulaire formulaire) {
        Profil profil = saisie.lire(() -> profil(formulaire.valeur(PROFIL)));
        String raisonSociale = null;
        Siret siret = null;
        if (profil == Profil.ENTREPRISE) {
            raisonSociale = saisie.lire(() -> Verifications.texte(formulaire.valeur(RAISON_SOCIALE), RAISON_SOCIALE,
                    Entreprise.RAISON_SOCIALE_MAX));
            siret = saisie.lire(() -> new Siret(formulaire.valeur(SIRET)));
        }
        Email email = saisie.lire(() -> new Email(formulaire.valeur(EMAIL)));
        NumeroAdherent numero = saisie.lire(() -> new NumeroAdherent(formulaire.valeur(NUMERO_ADHERENT)));
        return new Etape1(profil, raisonSociale, siret, email, numero);
    }

    /** Only the two profils that may ask for an account online. */
    private static Profil profil(String valeur) {
        if (Profil.ENTREPRISE.name().equals(valeur)) {
            return Profil.ENTREPRISE;
        }
        if (Profil.MANDATAIRE.name().equals(valeur)) {
            return Profil.MANDATAIRE;
        }
        throw new ValeurInvalideException("inscription.profil.invalide", PROFIL);
    }

    private record Etape1(Profil profil, String raisonSociale, Siret siret, Email email,
            NumeroAdherent numeroAdherent) {
    }

    private record Commande(Etape1 etape1, String nom, String prenom, LocalDate dateNaissance) {

        DemanderInscription.Commande pour(Langue langue, AdresseIp ip) {
            return new DemanderInscription.Commande(etape1.profil(), etape1.raisonSociale(), etape1.siret(),
                    etape1.email(), etape1.numeroAdherent(), nom, prenom, dateNaissance, langue, ip);
        }
    }

    record InscriptionJson(String profil, String raisonSociale, String siret, String email, String numeroAdherent,
            String nom, String prenom, String dateNaissance, String langue) {

        Map<String, String> champs() {
            Map<String, String> champs = new HashMap<>();
            champs.put(PROFIL, profil);
            champs.put(RAISON_SOCIALE, raisonSociale);
            champs.put(SIRET, siret);
            champs.put(EMAIL, email);
            champs.put(NUMERO_ADHERENT, numeroAdherent);
            champs.put(NOM, nom);
            champs.put(PRENOM, prenom);
            champs.put(DATE_NAISSANCE, dateNaissance);
            champs.values().removeIf(Objects::isNull);
            return champs;
        }
    }

    /** The one answer to every accepted request, whatever it contains. */
    record RecuJson(String statut, String message) {
    }
}
