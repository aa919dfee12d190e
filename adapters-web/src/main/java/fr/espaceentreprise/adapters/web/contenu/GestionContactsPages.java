package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.compte.AccesGestion;
import fr.espaceentreprise.adapters.web.compte.AdresseClient;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.GererContacts;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The back office of the sales contacts of the rubrique Contact, for gestionnaires only: the form that adds one or
 * changes one, and the withdrawal of one.
 */
final class GestionContactsPages {

    static final String NOUVEAU_CONTACT = "/gestion/contenus/nouveau-contact";
    static final String CONTACTS = "/gestion/contenus/contacts";
    static final String CONTACT = "/gestion/contenus/contacts/{id}";
    static final String RETRAIT_CONTACT = "/gestion/contenus/contacts/{id}/retrait";
    private static final String INTROUVABLE = "contact.introuvable";

    private final ConsulterContacts consulterContacts;
    private final GererContacts gererContacts;
    private final AccesGestion acces;
    private final Pages pages;

    GestionContactsPages(ConsulterContacts consulterContacts, GererContacts gererContacts, AccesGestion acces,
            Pages pages) {
        this.consulterContacts = consulterContacts;
        this.gererContacts = gererContacts;
        this.acces = acces;
        this.pages = pages;
    }

    void declarer(RoutesConfig routes) {
        routes.get(NOUVEAU_CONTACT, ctx -> afficher(ctx, acces.gestionnaire(ctx), null, null));
        routes.post(CONTACTS, ctx -> enregistrer(ctx, null));
        routes.get(CONTACT, ctx -> {
            Acteur acteur = acces.gestionnaire(ctx);
            afficher(ctx, acteur, contact(ctx, acteur).id(), null);
        });
        routes.post(CONTACT, ctx -> enregistrer(ctx, contactId(ctx)));
        routes.post(RETRAIT_CONTACT, this::retirer);
    }

    private static ContactId contactId(Context ctx) {
        try {
            return ContactId.de(ctx.pathParam("id"));
        } catch (DomaineException malForme) {
            throw new IntrouvableException(INTROUVABLE);
        }
    }

    private Contact contact(Context ctx, Acteur acteur) {
        ContactId id = contactId(ctx);
        return consulterContacts.consulter(Optional.of(acteur)).equipe().stream()
                .filter(contact -> contact.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntrouvableException(INTROUVABLE));
    }

    /** @param id the contact changed, or null for a new one */
    private void afficher(Context ctx, Acteur acteur, ContactId id, Formulaire formulaire) {
        Formulaire affiche = formulaire;
        if (affiche == null) {
            affiche = id == null ? Formulaire.vide() : valeurs(contact(ctx, acteur));
        }
        Page page = pages.page(ctx);
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("titre", page.t(id == null ? "gestion.contenus.contact.ajout"
                : "gestion.contenus.contact.modification"));
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

    private void enregistrer(Context ctx, ContactId existant) {
        Acteur acteur = acces.gestionnaire(ctx);
        SaisieContenus.soumettre(ctx, formulaire -> afficher(ctx, acteur, existant, formulaire), () -> {
            Saisie saisie = new Saisie();
            String nom = saisie.lire(() -> Verifications.texte(ctx.formParam("nom"), "nom", Contact.NOM_MAX));
            TexteBilingue fonction = SaisieContenus.bilingue(ctx, saisie, "fonction", Contact.FONCTION_MAX);
            Telephone telephone = saisie.lire(() -> new Telephone(ctx.formParam("telephone")));
            Email email = saisie.lire(() -> new Email(Verifications.obligatoire(ctx.formParam("email"), "email")));
            TexteBilingue secteur = SaisieContenus.bilingue(ctx, saisie, "secteur", Contact.SECTEUR_MAX);
            Integer ordre = SaisieContenus.ordre(ctx, saisie);
            saisie.verifier();
            boolean ajout = existant == null;
            Contact contact = new Contact(ajout ? ContactId.nouveau() : existant, nom, fonction, telephone, email,
                    secteur, ordre);
            gererContacts.enregistrer(new GererContacts.Enregistrement(acteur, contact, ajout, AdresseClient.de(ctx)));
            SaisieContenus.versApercu(ctx, ajout ? "contact_ajoute" : "contact_modifie");
        });
    }

    private void retirer(Context ctx) {
        Acteur acteur = acces.gestionnaire(ctx);
        gererContacts.retirer(new GererContacts.Retrait(acteur, contactId(ctx), AdresseClient.de(ctx)));
        SaisieContenus.versApercu(ctx, "contact_retire");
    }
}
