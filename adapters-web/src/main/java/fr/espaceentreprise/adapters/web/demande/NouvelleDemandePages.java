package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.demande.CleIdempotence;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Effectuer une demande": the choice of a type, then that type's form, prefilled with the current values, for
 * an entreprise's user or a mandataire (who first chooses the entreprise, and the salarié for the types about
 * one). The form carries a random token, the idempotency key of its submission: sent twice, it creates one
 * demande, and both answers lead to it.
 */
final class NouvelleDemandePages {

    static final String NOUVELLE = "/demandes/nouvelle";
    static final String TYPE = "type";
    /** The entreprise in a link, as on every rubrique's page; {@value #ENTREPRISE_ID} is read too. */
    static final String ENTREPRISE = Portefeuille.PARAMETRE;
    static final String ENTREPRISE_ID = "entrepriseId";
    static final String SALARIE = "salarieId";
    static final String CONTRAT = "contratId";
    static final String SOUMISE = "soumise";
    private static final String DEJA_ENVOYE = "demande.formulaire.deja_envoye";

    private final SoumettreDemande soumettreDemande;
    private final Sujets sujets;
    private final ChoixSalarie choixSalarie;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;
    private final Clock horloge;

    NouvelleDemandePages(SoumettreDemande soumettreDemande, Sujets sujets, ChoixSalarie choixSalarie, Acces acces,
            ControleAcces controle, Pages pages, Clock horloge) {
        this.soumettreDemande = soumettreDemande;
        this.sujets = sujets;
        this.choixSalarie = choixSalarie;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
        this.horloge = horloge;
    }

    /** Before {@code /demandes/{id}}, which would read "nouvelle" as an id. */
    void declarer(RoutesConfig routes) {
        routes.get(NOUVELLE, this::nouvelle);
        routes.post(NOUVELLE, this::soumettre);
    }

    private void nouvelle(Context ctx) {
        Acteur acteur = demandeur(ctx);
        String texte = Parametres.texte(ctx, TYPE);
        if (texte.isEmpty()) {
            pages.afficher(ctx, "demande/nouvelle.jte", Map.of("groupes", GroupeDeTypes.TOUS,
                    "entreprise", entrepriseDemandee(ctx)));
            return;
        }
        TypeDemande type = type(texte);
        Sujets.Sujet sujet = sujets.trouver(acteur, type, entrepriseDemandee(ctx), Parametres.texte(ctx, SALARIE),
                Parametres.texte(ctx, CONTRAT));
        if (sujet.entreprise().isEmpty()) {
            Portefeuille.Choix choix = new Portefeuille.Choix(sujet.portefeuille(),
                    sujet.portefeuille().stream().findFirst().map(e -> e.id()), false, true);
            pages.afficher(ctx, "demande/choixEntreprise.jte", Map.of("type", type, "choix", choix));
            return;
        }
        if (Sujets.SUR_UN_SALARIE.contains(type) && sujet.salarie().isEmpty()) {
            choixSalarie.afficher(ctx, acteur, type, sujet.entreprise().get(), choix(acteur, type, sujet));
            return;
        }
        ContexteFormulaire contexte = contexte(acteur, type, sujet);
        Page page = pages.page(ctx);
        afficher(ctx, page, contexte, choix(acteur, type, sujet),
                Formulaire.avecValeurs(Preremplissage.valeurs(contexte, page.langue())), JetonFormulaire.nouveau(),
                false);
    }

    private void soumettre(Context ctx) {
        Acteur acteur = demandeur(ctx);
        Formulaire champs = Formulaire.depuis(ctx);
        TypeDemande type = type(champs.valeur(TYPE));
        String entreprise = champs.valeur(ENTREPRISE_ID);
        if (entreprise.isBlank()) {
            throw new IntrouvableException("entreprise.introuvable");
        }
        Sujets.Sujet sujet = sujets.trouver(acteur, type, entreprise, champs.valeur(SALARIE), "");
        if (Sujets.SUR_UN_SALARIE.contains(type) && sujet.salarie().isEmpty()) {
            throw new IntrouvableException("salarie.introuvable");
        }
        ContexteFormulaire contexte = contexte(acteur, type, sujet);
        Page page = pages.page(ctx);
        Portefeuille.Choix choix = choix(acteur, type, sujet);
        boolean fichiersEnvoyes = PiecesJointesRecues.envoyees(ctx);
        String jeton = champs.valeur(JetonFormulaire.CHAMP);
        Optional<CleIdempotence> cle = JetonFormulaire.cle(jeton);
        if (cle.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            afficher(ctx, page, contexte, choix, champs.avecErreurs(List.of(new ErreurChamp(null,
                    JetonFormulaire.CODE_INVALIDE, Map.of()))), JetonFormulaire.nouveau(), fichiersEnvoyes);
            return;
        }
        try {
            Saisie saisie = new Saisie();
            ContenuDemande contenu = LectureFormulaire.lire(type, champs, saisie);
            List<PieceJointe> piecesJointes = saisie.lire(() -> PiecesJointesRecues.lire(ctx));
            saisie.verifier();
            SoumettreDemande.Soumission soumission = soumettreDemande.soumettre(new SoumettreDemande.Commande(
                    acteur, contexte.entreprise().id(), contenu, piecesJointes, cle, AdresseClient.de(ctx)));
            ctx.redirect(DemandesPages.LISTE + "/" + soumission.id() + "?" + SOUMISE + "=oui",
                    HttpStatus.SEE_OTHER);
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            boolean dejaEnvoye = refus instanceof DomaineException
                    && "idempotence.conflit".equals(((DomaineException) refus).code());
            List<ErreurChamp> erreurs = dejaEnvoye ? List.of(new ErreurChamp(null, DEJA_ENVOYE, Map.of()))
                    : echec.erreurs().stream()
                    .map(erreur -> erreur.surLeFormulaire(LectureFormulaire.champs(type))).toList();
            ctx.status(echec.statut());
            // After "already sent", a new token: sending this form again is asking for a second demande.
            afficher(ctx, page, contexte, choix, champs.avecErreurs(erreurs),
                    dejaEnvoye ? JetonFormulaire.nouveau() : jeton, fichiersEnvoyes);
        }
    }

    private void afficher(Context ctx, Page page, ContexteFormulaire contexte, Portefeuille.Choix choix,
            Formulaire formulaire, String jeton, boolean fichiersARejoindre) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("contexte", contexte);
        parametres.put("choix", choix);
        parametres.put("formulaire", formulaire);
        parametres.put("jeton", jeton);
        parametres.put("fichiersARejoindre", fichiersARejoindre && formulaire.aDesErreurs());
        pages.afficher(ctx, page, "demande/formulaire.jte", parametres);
    }

    /**
     * An entreprise's user or a mandataire, while the rubrique is open: the forms are refused as their submission
     * would be. The back office submits nothing (SoumettreDemande refuses it), and finds no such page.
     */
    private Acteur demandeur(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerRubrique(acteur, Rubrique.DEMANDES);
        if (acteur.estGestionnaire()) {
            throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
        }
        return acteur;
    }

    /** A type of the choice page; the demandes about one's own data and access are asked on "Mes données". */
    private static TypeDemande type(String texte) {
        try {
            TypeDemande type = TypeDemande.valueOf(texte.strip());
            if (GroupeDeTypes.TOUS.stream().noneMatch(groupe -> groupe.types().contains(type))) {
                throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
            }
            return type;
        } catch (IllegalArgumentException inconnu) {
            throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
        }
    }

    private static String entrepriseDemandee(Context ctx) {
        String entreprise = Parametres.texte(ctx, ENTREPRISE);
        return entreprise.isEmpty() ? Parametres.texte(ctx, ENTREPRISE_ID) : entreprise;
    }

    /** A mandataire may switch to another entreprise of his portfolio, but not away from a salarié's. */
    private static Portefeuille.Choix choix(Acteur acteur, TypeDemande type, Sujets.Sujet sujet) {
        FicheEntreprise entreprise = sujet.entreprise().orElseThrow();
        boolean changer = acteur.profil() == Profil.MANDATAIRE && sujet.portefeuille().size() > 1
                && !Sujets.SUR_UN_SALARIE.contains(type);
        return new Portefeuille.Choix(sujet.portefeuille(), Optional.of(entreprise.id()), false, changer);
    }

    private ContexteFormulaire contexte(Acteur acteur, TypeDemande type, Sujets.Sujet sujet) {
        FicheEntreprise entreprise = sujet.entreprise().orElseThrow();
        return new ContexteFormulaire(type, entreprise, sujet.salarie(), sujet.contratId(),
                Sujets.PARMI_LES_CONTRATS.contains(type) ? sujets.contratsEnVigueur(acteur, entreprise.id())
                        : List.of(),
                LocalDate.now(horloge));
    }
}
