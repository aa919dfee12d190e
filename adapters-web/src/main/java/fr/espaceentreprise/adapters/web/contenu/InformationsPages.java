package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.application.contenu.ConsulterAide;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rubriques every user reads: Service d'urgence (a logged-in user's, since it lists the countries of his own
 * salariés), Informations de sécurité, Contact, FAQ and Aide. The last four are open to visitors too: the footer
 * of the login page links them, and a user who cannot log in needs the Centre relations clients most.
 */
public final class InformationsPages {

    public static final String URGENCE = "/urgence";
    public static final String SECURITE = "/securite";
    public static final String CONTACT = "/contact";
    public static final String FAQ = "/faq";
    public static final String AIDE = "/aide";

    static final String RECHERCHE = "q";
    /** The longest search the FAQ form accepts; longer text is cut, not refused. */
    static final int RECHERCHE_MAX = 200;

    private final ConsulterUrgence consulterUrgence;
    private final ConsulterContacts consulterContacts;
    private final ConsulterFaq consulterFaq;
    private final ConsulterAide consulterAide;
    private final URI alertesSecurite;
    private final Acces acces;
    private final ControleAcces controle;
    private final Pages pages;

    public InformationsPages(ConsulterUrgence consulterUrgence, ConsulterContacts consulterContacts,
            ConsulterFaq consulterFaq, ConsulterAide consulterAide, URI alertesSecurite, Acces acces,
            ControleAcces controle, Pages pages) {
        this.consulterUrgence = consulterUrgence;
        this.consulterContacts = consulterContacts;
        this.consulterFaq = consulterFaq;
        this.consulterAide = consulterAide;
        this.alertesSecurite = alertesSecurite;
        this.acces = acces;
        this.controle = controle;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(URGENCE, this::urgence);
        routes.get(SECURITE, this::securite);
        routes.get(CONTACT, this::contact);
        routes.get(FAQ, this::faq);
        routes.get(AIDE, this::aide);
    }

    private void urgence(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Page page = pages.page(ctx);
        ConsulterUrgence.Urgence urgence = consulterUrgence.consulter(acteur);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("zones", urgence.zones());
        parametres.put("pays", paysParNom(urgence, page));
        parametres.put("centre", urgence.centreDeGestion().orElse(null));
        parametres.put("alertes", alertesSecurite.toString());
        parametres.put("gestionnaire", acteur.estGestionnaire());
        pages.afficher(ctx, page, "contenu/urgence.jte", parametres);
    }

    /** The countries of each zone sorted by their name in the page's language. */
    private static Map<ZoneUrgence, List<CodePays>> paysParNom(ConsulterUrgence.Urgence urgence, Page page) {
        Map<ZoneUrgence, List<CodePays>> pays = new HashMap<>();
        urgence.zones().forEach(zone -> pays.put(zone.zone(), zone.pays().stream()
                .sorted(Comparator.comparing(page::pays)).toList()));
        return pays;
    }

    /** Reads nothing: closed only with the whole space, as the pages open to visitors. */
    private void securite(Context ctx) {
        controle.exigerOuvertAuPublic(lecteur(ctx), Optional.empty());
        Map<String, Object> parametres = navigation(ctx);
        parametres.put("alertes", alertesSecurite.toString());
        pages.afficher(ctx, "contenu/securite.jte", parametres);
    }

    private void contact(Context ctx) {
        Map<String, Object> parametres = navigation(ctx);
        parametres.put("contacts", consulterContacts.consulter(lecteur(ctx)));
        pages.afficher(ctx, "contenu/contact.jte", parametres);
    }

    private void faq(Context ctx) {
        Page page = pages.page(ctx);
        String recherche = recherche(ctx);
        List<QuestionFaq> questions = consulterFaq.rechercher(new ConsulterFaq.Recherche(lecteur(ctx),
                page.langue(), recherche));
        List<String> mots = Surlignage.mots(recherche);
        Map<ThemeFaq, List<QuestionLue>> themes = new LinkedHashMap<>();
        parTheme(questions).forEach((theme, entrees) -> themes.put(theme, entrees.stream()
                .map(entree -> QuestionLue.de(entree, page.langue(), mots)).toList()));
        Map<String, Object> parametres = navigation(ctx);
        parametres.put("recherche", recherche);
        parametres.put("themes", themes);
        parametres.put("nombre", questions.size());
        pages.afficher(ctx, page, "contenu/faq.jte", parametres);
    }

    private static Map<ThemeFaq, List<QuestionFaq>> parTheme(List<QuestionFaq> questions) {
        return questions.stream().collect(Collectors.groupingBy(QuestionFaq::theme, LinkedHashMap::new,
                Collectors.toList()));
    }

    private void aide(Context ctx) {
        Map<String, Object> parametres = navigation(ctx);
        parametres.put("aides", consulterAide.consulter());
        pages.afficher(ctx, "contenu/aide.jte", parametres);
    }

    /** Who reads a page open to visitors, if logged in. */
    private Optional<Acteur> lecteur(Context ctx) {
        return acces.session(ctx).map(SessionAuthentifiee::acteur);
    }

    /** The FAQ's search, pages and API alike. */
    static String recherche(Context ctx) {
        String texte = Parametres.texte(ctx, RECHERCHE);
        return texte.length() > RECHERCHE_MAX ? texte.substring(0, RECHERCHE_MAX) : texte;
    }

    /**
     * The navigation of a logged-in user with nothing pending, the same as on his other pages; none for a
     * visitor (or a user in the middle of his first login).
     */
    private Map<String, Object> navigation(Context ctx) {
        Optional<Acteur> acteur = acces.session(ctx).filter(session -> session.etapesEnAttente().isEmpty())
                .map(SessionAuthentifiee::acteur);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("connecte", acteur.isPresent());
        parametres.put("gestionnaire", acteur.map(Acteur::estGestionnaire).orElse(false));
        return parametres;
    }
}
