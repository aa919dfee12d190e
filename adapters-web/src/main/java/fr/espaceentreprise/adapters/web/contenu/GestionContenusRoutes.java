package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.EchecSaisie;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.application.contenu.GererContacts;
import fr.espaceentreprise.application.contenu.GererFaq;
import fr.espaceentreprise.application.contenu.GererNumerosUrgence;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The back office of the contents, for gestionnaires only (anyone else gets 404): an overview of the zones'
 * numbers, the management centre, the sales contacts and the FAQ, and one form page per thing to add or change,
 * each shown again with its errors beside the fields when refused. After a change the overview says what was done
 * ({@code ?fait=…}).
 */
public final class GestionContenusRoutes {

    public static final String CONTENUS = "/gestion/contenus";
    static final String ZONE = "/gestion/contenus/zones/{zone}";
    static final String CENTRE = "/gestion/contenus/centre-de-gestion";
    static final String NOUVEAU_CONTACT = "/gestion/contenus/nouveau-contact";
    static final String CONTACTS = "/gestion/contenus/contacts";
    static final String CONTACT = "/gestion/contenus/contacts/{id}";
    static final String RETRAIT_CONTACT = "/gestion/contenus/contacts/{id}/retrait";
    static final String NOUVELLE_QUESTION = "/gestion/contenus/nouvelle-question";
    static final String QUESTIONS = "/gestion/contenus/faq";
    static final String QUESTION = "/gestion/contenus/faq/{id}";
    static final String RETRAIT_QUESTION = "/gestion/contenus/faq/{id}/retrait";

    private static final List<String> FAITS = List.of("zone", "centre", "contact_ajoute", "contact_modifie",
            "contact_retire", "question_ajoutee", "question_modifiee", "question_retiree");

    private final ConsulterUrgence consulterUrgence;
    private final ConsulterContacts consulterContacts;
    private final ConsulterFaq consulterFaq;
    private final GererNumerosUrgence gererNumeros;
    private final GererContacts gererContacts;
    private final GererFaq gererFaq;
    private final AccesGestion acces;
    private final Pages pages;

    public GestionContenusRoutes(ConsulterUrgence consulterUrgence, ConsulterContacts consulterContacts,
            ConsulterFaq consulterFaq, GererNumerosUrgence gererNumeros, GererContacts gererContacts,
            GererFaq gererFaq, AccesGestion acces, Pages pages) {
        this.consulterUrgence = consulterUrgence;
        this.consulterContacts = consulterContacts;
        this.consulterFaq = consulterFaq;
        this.gererNumeros = gererNumeros;
        this.gererContacts = gererContacts;
        this.gererFaq = gererFaq;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(CONTENUS, this::apercu);
        routes.get(ZONE, ctx -> afficherZone(ctx, acces.gestionnaire(ctx), zone(ctx), null));
        routes.post(ZONE, this::modifierZone);
        routes.get(CENTRE, ctx -> afficherCentre(ctx, acces.gestionnaire(ctx), null));
        routes.post(CENTRE, this::modifierCentre);
        routes.get(NOUVEAU_CONTACT, ctx -> afficherContact(ctx, acces.gestionnaire(ctx), null, null));
        routes.post(CONTACTS, ctx -> enregistrerContact(ctx, null));
        routes.get(CONTACT, ctx -> {
            Acteur acteur = acces.gestionnaire(ctx);
            afficherContact(ctx, acteur, contact(ctx, acteur).id(), null);
        });
        routes.post(CONTACT, ctx -> enregistrerContact(ctx, contactId(ctx)));
        routes.post(RETRAIT_CONTACT, this::retirerContact);
        routes.get(NOUVELLE_QUESTION, ctx -> afficherQuestion(ctx, acces.gestionnaire(ctx), null, null));
        routes.post(QUESTIONS, ctx -> enregistrerQuestion(ctx, null));
        routes.get(QUESTION, ctx -> {
            Acteur acteur = acces.gestionnaire(ctx);
            afficherQuestion(ctx, acteur, question(ctx, acteur).id(), null);
        });
        routes.post(QUESTION, ctx -> enregistrerQuestion(ctx, questionId(ctx)));
        routes.post(RETRAIT_QUESTION, this::retirerQuestion);
    }

    // --- overview

    private void apercu(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        ConsulterUrgence.Urgence urgence = consulterUrgence.consulter(acteur);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("zones", urgence.zones());
        parametres.put("centre", urgence.centreDeGestion().orElse(null));
        parametres.put("contacts", consulterContacts.consulter(Optional.of(acteur)).equipe());
        parametres.put("questions", toutesLesQuestions(acteur));
        String fait = ctx.queryParam("fait");
        parametres.put("fait", fait != null && FAITS.contains(fait) ? fait : null);
        pages.afficher(ctx, "gestion/contenus.jte", parametres);
    }

    private static void versApercu(Context ctx, String fait) {
        ctx.redirect(CONTENUS + "?fait=" + fait, HttpStatus.SEE_OTHER);
    }

    // --- zones and the management centre

    private static ZoneUrgence zone(Context ctx) {
        String nom = ctx.pathParam("zone");
        return Arrays.stream(ZoneUrgence.values()).filter(zone -> zone.name().equals(nom)).findFirst()
                .orElseThrow(() -> new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
    }

    private void afficherZone(Context ctx, Acteur acteur, ZoneUrgence zone, Formulaire formulaire) {
        Formulaire affiche = formulaire != null ? formulaire : consulterUrgence.consulter(acteur)
                .zones().stream().filter(z -> z.zone() == zone).findFirst().flatMap(ConsulterUrgence.Zone::numero)
                .map(numero -> Formulaire.avecValeurs(Map.of("telephone", numero.assistance().formate(),
                        "noteFr", numero.note().fr(), "noteEn", numero.note().en())))
                .orElse(Formulaire.vide());
        Page page = pages.page(ctx);
        pages.afficher(ctx, page, "gestion/numero.jte", Map.of("titre", page.t("gestion.contenus.zone.titre",
                "zone", page.valeur(zone)), "action", "/gestion/contenus/zones/" + zone.name(),
                "formulaire", affiche));
    }

    private void modifierZone(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        ZoneUrgence zone = zone(ctx);
        soumettre(ctx, formulaire -> afficherZone(ctx, acteur, zone, formulaire), () -> {
            Saisie saisie = new Saisie();
            Telephone telephone = saisie.lire(() -> new Telephone(ctx.formParam("telephone")));
            TexteBilingue note = note(ctx, saisie);
            saisie.verifier();
            gererNumeros.modifierZone(new GererNumerosUrgence.Zone(acteur, new NumeroZone(zone, telephone, note),
                    AdresseClient.de(ctx)));
            versApercu(ctx, "zone");
        });
    }

    private void afficherCentre(Context ctx, Acteur acteur, Formulaire formulaire) {
        Formulaire affiche = formulaire != null ? formulaire : consulterUrgence.consulter(acteur)
                .centreDeGestion()
                .map(centre -> Formulaire.avecValeurs(Map.of("telephone", centre.telephone().formate(),
                        "noteFr", centre.note().fr(), "noteEn", centre.note().en())))
                .orElse(Formulaire.vide());
        Page page = pages.page(ctx);
        pages.afficher(ctx, page, "gestion/numero.jte", Map.of("titre", page.t("gestion.contenus.centre.titre"),
                "action", CENTRE, "formulaire", affiche));
    }

    private void modifierCentre(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        soumettre(ctx, formulaire -> afficherCentre(ctx, acteur, formulaire), () -> {
            Saisie saisie = new Saisie();
            Telephone telephone = saisie.lire(() -> new Telephone(ctx.formParam("telephone")));
            TexteBilingue note = note(ctx, saisie);
            saisie.verifier();
            gererNumeros.modifierCentre(new GererNumerosUrgence.Centre(acteur, new CentreDeGestion(telephone, note),
                    AdresseClient.de(ctx)));
            versApercu(ctx, "centre");
        });
    }

    private static TexteBilingue note(Context ctx, Saisie saisie) {
        return bilingue(ctx, saisie, "note", NumeroZone.NOTE_MAX);
    }

    /** Each language read on its own, so that both errors show at once. */
    private static TexteBilingue bilingue(Context ctx, Saisie saisie, String champ, int max) {
        String fr = saisie.lire(() -> Verifications.texte(ctx.formParam(champ + "Fr"), champ + "Fr", max));
        String en = saisie.lire(() -> Verifications.texte(ctx.formParam(champ + "En"), champ + "En", max));
        return fr == null || en == null ? null : new TexteBilingue(fr, en);
    }

    // --- contacts

    private static ContactId contactId(Context ctx) {
        try {
            return ContactId.de(ctx.pathParam("id"));
        } catch (DomaineException malForme) {
            throw new IntrouvableException("contact.introuvable");
        }
    }

    private Contact contact(Context ctx, Acteur acteur) {
        ContactId id = contactId(ctx);
        return consulterContacts.consulter(Optional.of(acteur)).equipe().stream()
                .filter(contact -> contact.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntrouvableException("contact.introuvable"));
    }

    /** @param id the contact changed, or null for a new one */
    private void afficherContact(Context ctx, Acteur acteur, ContactId id, Formulaire formulaire) {
        Formulaire affiche = formulaire;
        if (affiche == null) {
            affiche = id == null ? Formulaire.vide() : valeurs(contact(ctx, acteur));
        }
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("titre", page.t(id == null ? "gestion.contenus.contact.ajout" : "gestion.contenus.contact.modification"));
        parametres.put("action", id == null ? CONTACTS : CONTACTS + "/" + id);
        parametres.put("formulaire", affiche);
        pages.afficher(ctx, page, "gestion/contact.jte", parametres);
    }

    private static Formulaire valeurs(Contact contact) {
        Map<String, String> valeurs = new HashMap<>();
        valeurs.put("nom", contact.nom());
        valeurs.put("fonctionFr", contact.fonction().fr());
        valeurs.put("fonctionEn", contact.fonction().en());
        valeurs.put("telephone", contact.telephone().formate());
        valeurs.put("email", contact.email().valeur());
        valeurs.put("secteurFr", contact.secteur().fr());
        valeurs.put("secteurEn", contact.secteur().en());
        valeurs.put("ordre", Integer.toString(contact.ordre()));
        return Formulaire.avecValeurs(valeurs);
    }

    private void enregistrerContact(Context ctx, ContactId existant) {
        Acteur acteur = acces.gestionnaire(ctx);
        soumettre(ctx, formulaire -> afficherContact(ctx, acteur, existant, formulaire), () -> {
            Saisie saisie = new Saisie();
            String nom = saisie.lire(() -> Verifications.texte(ctx.formParam("nom"), "nom", Contact.NOM_MAX));
            TexteBilingue fonction = bilingue(ctx, saisie, "fonction", Contact.FONCTION_MAX);
            Telephone telephone = saisie.lire(() -> new Telephone(ctx.formParam("telephone")));
            Email email = saisie.lire(() -> new Email(Verifications.obligatoire(ctx.formParam("email"), "email")));
            TexteBilingue secteur = bilingue(ctx, saisie, "secteur", Contact.SECTEUR_MAX);
            Integer ordre = ordre(ctx, saisie);
            saisie.verifier();
            boolean ajout = existant == null;
            Contact contact = new Contact(ajout ? ContactId.nouveau() : existant, nom, fonction, telephone, email,
                    secteur, ordre);
            gererContacts.enregistrer(new GererContacts.Enregistrement(acteur, contact, ajout, AdresseClient.de(ctx)));
            versApercu(ctx, ajout ? "contact_ajoute" : "contact_modifie");
        });
    }

    private void retirerContact(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        gererContacts.retirer(new GererContacts.Retrait(acteur, contactId(ctx), AdresseClient.de(ctx)));
        versApercu(ctx, "contact_retire");
    }

    // --- FAQ

    private static QuestionFaqId questionId(Context ctx) {
        try {
            return QuestionFaqId.de(ctx.pathParam("id"));
        } catch (DomaineException malForme) {
            throw new IntrouvableException("faq.introuvable");
        }
    }

    private QuestionFaq question(Context ctx, Acteur acteur) {
        QuestionFaqId id = questionId(ctx);
        return toutesLesQuestions(acteur).stream()
                .filter(question -> question.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntrouvableException("faq.introuvable"));
    }

    private List<QuestionFaq> toutesLesQuestions(Acteur acteur) {
        return consulterFaq.rechercher(new ConsulterFaq.Recherche(Optional.of(acteur), Langue.FR, null));
    }

    private void afficherQuestion(Context ctx, Acteur acteur, QuestionFaqId id, Formulaire formulaire) {
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

    private void enregistrerQuestion(Context ctx, QuestionFaqId existante) {
        Acteur acteur = acces.gestionnaire(ctx);
        soumettre(ctx, formulaire -> afficherQuestion(ctx, acteur, existante, formulaire), () -> {
            Saisie saisie = new Saisie();
            String valeurTheme = ctx.formParam("theme");
            Optional<ThemeFaq> theme = Arrays.stream(ThemeFaq.values())
                    .filter(t -> t.name().equals(valeurTheme)).findFirst();
            saisie.obligatoire(theme.isPresent(), "theme");
            Integer ordre = ordre(ctx, saisie);
            TexteBilingue question = bilingue(ctx, saisie, "question", QuestionFaq.QUESTION_MAX);
            TexteBilingue reponse = bilingue(ctx, saisie, "reponse", QuestionFaq.REPONSE_MAX);
            saisie.verifier();
            boolean ajout = existante == null;
            QuestionFaq entree = new QuestionFaq(ajout ? QuestionFaqId.nouveau() : existante, theme.orElseThrow(),
                    ordre, question, reponse);
            gererFaq.enregistrer(new GererFaq.Enregistrement(acteur, entree, ajout, AdresseClient.de(ctx)));
            versApercu(ctx, ajout ? "question_ajoutee" : "question_modifiee");
        });
    }

    private void retirerQuestion(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        gererFaq.retirer(new GererFaq.Retrait(acteur, questionId(ctx), AdresseClient.de(ctx)));
        versApercu(ctx, "question_retiree");
    }

    // --- shared

    /** 0 to 999; empty means 0. */
    private static Integer ordre(Context ctx, Saisie saisie) {
        String texte = Optional.ofNullable(ctx.formParam("ordre")).map(String::strip).orElse("");
        if (texte.isEmpty()) {
            return 0;
        }
        if (!texte.matches("\\d{1,3}")) {
            saisie.erreur("ordre", "contenu.ordre.invalide");
            return null;
        }
        return Integer.parseInt(texte);
    }

    /** Runs the change; a refusal shows the form again, with what was typed and each error beside its field. */
    private static void soumettre(Context ctx, Consumer<Formulaire> afficher, Runnable changement) {
        try {
            changement.run();
        } catch (SaisieInvalideException | DomaineException refus) {
            EchecSaisie echec = EchecSaisie.de(refus);
            ctx.status(echec.statut());
            afficher.accept(Formulaire.depuis(ctx).avecErreurs(echec.erreurs()));
        }
    }
}
