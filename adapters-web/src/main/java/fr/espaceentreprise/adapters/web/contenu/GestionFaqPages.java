package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.GererFaq;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back office of the FAQ, for gestionnaires only: the form that adds an entry or changes one (theme, order,
 * question and answer in both languages), and the withdrawal of one.
 */
final class GestionFaqPages {

    static final String NOUVELLE_QUESTION = "/gestion/contenus/nouvelle-question";
    static final String QUESTIONS = "/gestion/contenus/faq";
    static final String QUESTION = "/gestion/contenus/faq/{id}";
    static final String RETRAIT_QUESTION = "/gestion/contenus/faq/{id}/retrait";
    private static final String INTROUVABLE = "faq.introuvable";

    private final ConsulterFaq consulterFaq;
    private final GererFaq gererFaq;
    private final AccesGestion acces;
    private final Pages pages;

    GestionFaqPages(ConsulterFaq consulterFaq, GererFaq gererFaq, AccesGestion acces, Pages pages) {
        this.consulterFaq = consulterFaq;
        this.gererFaq = gererFaq;
        this.acces = acces;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(NOUVELLE_QUESTION, ctx -> afficher(ctx, acces.gestionnaire(ctx), null, null));
        routes.post(QUESTIONS, ctx -> enregistrer(ctx, null));
        routes.get(QUESTION, ctx -> {
            Acteur acteur = acces.gestionnaire(ctx);
            afficher(ctx, acteur, question(ctx, acteur).id(), null);
        });
        routes.post(QUESTION, ctx -> enregistrer(ctx, questionId(ctx)));
        routes.post(RETRAIT_QUESTION, this::retirer);
    }

    /** Every entry, in French (the back office's language of reference). */
    List<QuestionFaq> toutes(Acteur acteur) {
        return consulterFaq.rechercher(new ConsulterFaq.Recherche(Optional.of(acteur), Langue.FR, null));
    }

    private static QuestionFaqId questionId(Context ctx) {
        try {
            return QuestionFaqId.de(ctx.pathParam("id"));
        } catch (DomaineException malForme) {
            throw new IntrouvableException(INTROUVABLE);
        }
    }

    private QuestionFaq question(Context ctx, Acteur acteur) {
        QuestionFaqId id = questionId(ctx);
        return toutes(acteur).stream()
                .filter(question -> question.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntrouvableException(INTROUVABLE));
    }

    /** @param id the entry changed, or null for a new one */
    private void afficher(Context ctx, Acteur acteur, QuestionFaqId id, Formulaire formulaire) {
        Formulaire affiche = formulaire;
        if (affiche == null) {
            affiche = id == null ? Formulaire.vide() : valeurs(question(ctx, acteur));
        }
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("titre", page.t(id == null ? "gestion.contenus.question.ajout"
                : "gestion.contenus.question.modification"));
        parametres.put("action", id == null ? QUESTIONS : QUESTIONS + "/" + id);
        parametres.put("formulaire", affiche);
        parametres.put("themes", Arrays.stream(ThemeFaq.values())
                .map(theme -> new Option(theme.name(), page.valeur(theme))).toList());
        pages.afficher(ctx, page, "gestion/questionFaq.jte", parametres);
    }

    private static Formulaire valeurs(QuestionFaq question) {
        Map<String, String> valeurs = new HashMap<>();
        valeurs.put("theme", question.theme().name());
        valeurs.put("ordre", Integer.toString(question.ordre()));
        valeurs.put("questionFr", question.question().fr());
        valeurs.put("questionEn", question.question().en());
        valeurs.put("reponseFr", question.reponse().fr());
        valeurs.put("reponseEn", question.reponse().en());
        return Formulaire.avecValeurs(valeurs);
    }

    private void enregistrer(Context ctx, QuestionFaqId existante) {
        Acteur acteur = acces.gestionnaire(ctx);
        SaisieContenus.soumettre(ctx, formulaire -> afficher(ctx, acteur, existante, formulaire), () -> {
            Saisie saisie = new Saisie();
            String valeurTheme = ctx.formParam("theme");
            Optional<ThemeFaq> theme = Arrays.stream(ThemeFaq.values())
                    .filter(t -> t.name().equals(valeurTheme)).findFirst();
            saisie.obligatoire(theme.isPresent(), "theme");
            Integer ordre = SaisieContenus.ordre(ctx, saisie);
            TexteBilingue question = SaisieContenus.bilingue(ctx, saisie, "question", QuestionFaq.QUESTION_MAX);
            TexteBilingue reponse = SaisieContenus.bilingue(ctx, saisie, "reponse", QuestionFaq.REPONSE_MAX);
            saisie.verifier();
            boolean ajout = existante == null;
            QuestionFaq entree = new QuestionFaq(ajout ? QuestionFaqId.nouveau() : existante, theme.orElseThrow(),
                    ordre, question, reponse);
            gererFaq.enregistrer(new GererFaq.Enregistrement(acteur, entree, ajout, AdresseClient.de(ctx)));
            SaisieContenus.versApercu(ctx, ajout ? "question_ajoutee" : "question_modifiee");
        });
    }

    private void retirer(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        gererFaq.retirer(new GererFaq.Retrait(acteur, questionId(ctx), AdresseClient.de(ctx)));
        SaisieContenus.versApercu(ctx, "question_retiree");
    }
}
