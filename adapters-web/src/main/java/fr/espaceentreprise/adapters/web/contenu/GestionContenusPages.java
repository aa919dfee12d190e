package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.application.contenu.GererNumerosUrgence;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back office of the contents, for gestionnaires only (anyone else gets 404): an overview of the zones'
 * numbers, the management centre, the sales contacts and the FAQ, and the forms of the numbers, each shown again
 * with its errors beside the fields when refused. After a change the overview says what was done
 * ({@code ?fait=…}). The contacts' and the FAQ's forms are {@link GestionContactsPages} and
 * {@link GestionFaqPages}.
 */
public final class GestionContenusPages {

    public static final String CONTENUS = "/gestion/contenus";
    static final String ZONE = "/gestion/contenus/zones/{zone}";
    static final String CENTRE = "/gestion/contenus/centre-de-gestion";

    private static final List<String> FAITS = List.of("zone", "centre", "contact_ajoute", "contact_modifie",
            "contact_retire", "question_ajoutee", "question_modifiee", "question_retiree");

    private final ConsulterUrgence consulterUrgence;
    private final ConsulterContacts consulterContacts;
    private final GestionFaqPages faq;
    private final GererNumerosUrgence gererNumeros;
    private final AccesGestion acces;
    private final Pages pages;

    /** @param faq the FAQ's entries, which the overview lists */
    public GestionContenusPages(ConsulterUrgence consulterUrgence, ConsulterContacts consulterContacts,
            GestionFaqPages faq, GererNumerosUrgence gererNumeros, AccesGestion acces, Pages pages) {
        this.consulterUrgence = consulterUrgence;
        this.consulterContacts = consulterContacts;
        this.faq = faq;
        this.gererNumeros = gererNumeros;
        this.acces = acces;
        this.pages = pages;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(CONTENUS, this::apercu);
        routes.get(ZONE, ctx -> afficherZone(ctx, acces.gestionnaire(ctx), zone(ctx), null));
        routes.post(ZONE, this::modifierZone);
        routes.get(CENTRE, ctx -> afficherCentre(ctx, acces.gestionnaire(ctx), null));
        routes.post(CENTRE, this::modifierCentre);
    }

    private void apercu(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        ConsulterUrgence.Urgence urgence = consulterUrgence.consulter(acteur);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("zones", urgence.zones());
        parametres.put("centre", urgence.centreDeGestion().orElse(null));
        parametres.put("contacts", consulterContacts.consulter(Optional.of(acteur)).equipe());
        parametres.put("questions", faq.toutes(acteur));
        String fait = ctx.queryParam("fait");
        parametres.put("fait", fait != null && FAITS.contains(fait) ? fait : null);
        pages.afficher(ctx, "gestion/contenus.jte", parametres);
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
        SaisieContenus.soumettre(ctx, formulaire -> afficherZone(ctx, acteur, zone, formulaire), () -> {
            Saisie saisie = new Saisie();
            Telephone telephone = saisie.lire(() -> new Telephone(ctx.formParam("telephone")));
            TexteBilingue note = note(ctx, saisie);
            saisie.verifier();
            gererNumeros.modifierZone(new GererNumerosUrgence.Zone(acteur, new NumeroZone(zone, telephone, note),
                    AdresseClient.de(ctx)));
            SaisieContenus.versApercu(ctx, "zone");
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
        SaisieContenus.soumettre(ctx, formulaire -> afficherCentre(ctx, acteur, formulaire), () -> {
            Saisie saisie = new Saisie();
            Telephone telephone = saisie.lire(() -> new Telephone(ctx.formParam("telephone")));
            TexteBilingue note = note(ctx, saisie);
            saisie.verifier();
            gererNumeros.modifierCentre(new GererNumerosUrgence.Centre(acteur, new CentreDeGestion(telephone, note),
                    AdresseClient.de(ctx)));
            SaisieContenus.versApercu(ctx, "centre");
        });
    }

    private static TexteBilingue note(Context ctx, Saisie saisie) {
        return SaisieContenus.bilingue(ctx, saisie, "note", NumeroZone.NOTE_MAX);
    }
}
