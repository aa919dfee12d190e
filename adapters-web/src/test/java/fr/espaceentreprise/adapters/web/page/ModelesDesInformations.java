package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.contenu.QuestionLue;
import fr.espaceentreprise.adapters.web.contenu.Surlignage;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.Aide;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.RubriqueAide;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models of the templates of urgence, sécurité, contact, FAQ, aide and their back office, for {@link GabaritsTest}. */
final class ModelesDesInformations {

    private static final String ALERTES = "https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/";

    private ModelesDesInformations() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        TexteBilingue note = new TexteBilingue("Jour et nuit", "Day and night");
        CentreDeGestion centre = new CentreDeGestion(new Telephone("02 54 45 56 77"), note);
        List<ConsulterUrgence.Zone> zones = List.of(
                new ConsulterUrgence.Zone(ZoneUrgence.EUROPE, Optional.of(new NumeroZone(ZoneUrgence.EUROPE,
                        new Telephone("+33 1 55 92 40 00"), note)), List.of(new CodePays("DE"))),
                new ConsulterUrgence.Zone(ZoneUrgence.ASIE, Optional.empty(), List.of()));
        Map<Object, Object> pays = Map.of(ZoneUrgence.EUROPE, List.of(new CodePays("DE")), ZoneUrgence.ASIE,
                List.of());
        Map<String, Object> urgence = new HashMap<>(Map.of("zones", zones, "pays", pays, "alertes", ALERTES,
                "gestionnaire", false));
        urgence.put("centre", centre);
        Contact contact = new Contact(ContactId.nouveau(), "Awa Diallo", new TexteBilingue("Chargée", "Manager"),
                new Telephone("+33 1 40 00 00 01"), new Email("awa@welcare.fr"), new TexteBilingue("Afrique",
                "Africa"), 1);
        CentreRelationsClients crc = new CentreRelationsClients(new Telephone("02 54 45 56 77"),
                new Email("gestion@welcare.fr"));
        QuestionFaq question = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.COMPTE, 1,
                new TexteBilingue("Mot de passe oublié ?", "Forgot your password?"),
                new TexteBilingue("Demandez-en un.", "Ask for one."));
        List<Surlignage.Morceau> morceaux = List.of(new Surlignage.Morceau("Mot de ", false),
                new Surlignage.Morceau("passe", true), new Surlignage.Morceau(" oublié ?", false));
        Map<ThemeFaq, List<QuestionLue>> themes = new LinkedHashMap<>();
        themes.put(ThemeFaq.COMPTE, List.of(new QuestionLue(question.id().toString(), morceaux, morceaux)));
        Formulaire enErreur = Formulaire.avecValeurs(Map.of("telephone", "12", "noteFr", "", "ordre", "mille"))
                .avecErreurs(List.of(ErreurChamp.sur("telephone", "telephone.invalide"),
                        ErreurChamp.sur("noteFr", "champ.obligatoire"),
                        ErreurChamp.sur("ordre", "contenu.ordre.invalide"),
                        ErreurChamp.sur("theme", "champ.obligatoire"),
                        ErreurChamp.sur("reponseEn", "champ.obligatoire")));
        List<Option> optionsThemes = List.of(new Option("COMPTE", "Compte"), new Option("DEMANDES", "Demandes"));
        Map<String, Object> apercu = new HashMap<>(Map.of("zones", zones, "contacts", List.of(contact),
                "questions", List.of(question)));
        apercu.put("centre", centre);
        apercu.put("fait", "contact_ajoute");
        Map<String, List<Map<String, Object>>> modeles = new HashMap<>();
        modeles.put("contenu/surligne.jte", List.of(Map.of("morceaux", morceaux), Map.of("morceaux", List.of())));
        modeles.putAll(Map.of(
                "contenu/urgence.jte", List.of(urgence, Map.of("zones", List.of(), "pays", Map.of(),
                        "alertes", ALERTES, "gestionnaire", true)),
                "contenu/securite.jte", List.of(Map.of("alertes", ALERTES, "connecte", true, "gestionnaire", false),
                        Map.of("alertes", ALERTES, "connecte", false, "gestionnaire", false)),
                "contenu/contact.jte", List.of(
                        Map.of("contacts", new ConsulterContacts.Contacts(List.of(contact), crc, true),
                                "connecte", true, "gestionnaire", false),
                        Map.of("contacts", new ConsulterContacts.Contacts(List.of(), crc, false),
                                "connecte", false, "gestionnaire", false)),
                "contenu/faq.jte", List.of(
                        Map.of("recherche", "", "themes", themes, "nombre", 1, "connecte", false,
                                "gestionnaire", false),
                        Map.of("recherche", "zèbre", "themes", Map.of(), "nombre", 0, "connecte", true,
                                "gestionnaire", true)),
                "contenu/aide.jte", List.of(Map.of("aides", List.of(new Aide(RubriqueAide.MON_COMPTE,
                        new TexteBilingue("Votre compte.", "Your account."))), "connecte", false,
                        "gestionnaire", false)),
                "contenu/zoneDeTexte.jte", List.of(Map.of("formulaire", enErreur, "nom", "noteFr", "libelle",
                        "Note", "max", 300)),
                "gestion/contenus.jte", List.of(apercu, Map.of("zones", List.of(), "contacts", List.of(),
                        "questions", List.of())),
                "gestion/numero.jte", List.of(Map.of("titre", "Numéro", "action", "/gestion/contenus/zones/ASIE",
                        "formulaire", enErreur)),
                "gestion/contact.jte", List.of(Map.of("titre", "Contact", "action", "/gestion/contenus/contacts",
                        "formulaire", enErreur)),
                "gestion/questionFaq.jte", List.of(Map.of("titre", "Question", "action", "/gestion/contenus/faq",
                        "formulaire", enErreur, "themes", optionsThemes))));
        return modeles;
    }
}
