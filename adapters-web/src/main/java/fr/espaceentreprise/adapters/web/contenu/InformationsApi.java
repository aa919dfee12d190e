package fr.espaceentreprise.adapters.web.contenu;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.espaceentreprise.adapters.web.compte.Acces;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The rubriques Service d'urgence, Contact and FAQ in the API, for logged-in clients only, in the user's language
 * (or {@code ?lang=}).
 */
public final class InformationsApi {

    static final String API_URGENCE = "/api/v1/urgence";
    static final String API_CONTACTS = "/api/v1/contacts";
    static final String API_FAQ = "/api/v1/faq";

    private final ConsulterUrgence consulterUrgence;
    private final ConsulterContacts consulterContacts;
    private final ConsulterFaq consulterFaq;
    private final URI alertesSecurite;
    private final Acces acces;

    public InformationsApi(ConsulterUrgence consulterUrgence, ConsulterContacts consulterContacts,
            ConsulterFaq consulterFaq, URI alertesSecurite, Acces acces) {
        this.consulterUrgence = consulterUrgence;
        this.consulterContacts = consulterContacts;
        this.consulterFaq = consulterFaq;
        this.alertesSecurite = alertesSecurite;
        this.acces = acces;
    }

    public void declarer(RoutesConfig routes) {
        routes.get(API_URGENCE, this::urgence);
        routes.get(API_CONTACTS, this::contacts);
        routes.get(API_FAQ, this::faq);
    }

    private static Langue langue(Context ctx, Acteur acteur) {
        return Optional.ofNullable(ctx.queryParam("lang")).map(Langue::depuisCode).orElse(acteur.langue());
    }

    private void urgence(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Langue langue = langue(ctx, acteur);
        ConsulterUrgence.Urgence urgence = consulterUrgence.consulter(acteur);
        ctx.json(new UrgenceJson(urgence.zones().stream().map(zone -> ZoneJson.de(zone, langue)).toList(),
                urgence.centreDeGestion().map(centre -> new NumeroJson(centre.telephone().valeur(),
                        centre.telephone().formate(), centre.note().en(langue))).orElse(null),
                alertesSecurite.toString()));
    }

    private void contacts(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Langue langue = langue(ctx, acteur);
        ConsulterContacts.Contacts contacts = consulterContacts.consulter(Optional.of(acteur));
        CentreRelationsClients crc = contacts.centreRelationsClients();
        ctx.json(new ContactsJson(contacts.equipe().stream().map(contact -> ContactJson.de(contact, langue))
                .toList(), null, new CentreRelationsClientsJson(crc.telephone().valeur(), crc.email().valeur(),
                new HorairesJson(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        CentreRelationsClients.OUVERTURE.toString(), CentreRelationsClients.FERMETURE.toString(),
                        CentreRelationsClients.FUSEAU.getId()), contacts.ouvertMaintenant())));
    }

    private void faq(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        Langue langue = langue(ctx, acteur);
        List<QuestionFaq> questions = consulterFaq.rechercher(new ConsulterFaq.Recherche(Optional.of(acteur),
                langue, InformationsPages.recherche(ctx)));
        ctx.json(ListeJson.entiere(questions.stream().map(question -> new QuestionJson(question.id().toString(),
                question.theme(), question.question().en(langue), question.reponse().en(langue))).toList()));
    }

    record UrgenceJson(List<ZoneJson> zones, NumeroJson centreDeGestion, String alertesSecurite) {
    }

    record NumeroJson(String telephone, String telephoneFormate, String note) {
    }

    record ZoneJson(String zone, String telephone, String telephoneFormate, String note, List<String> pays) {

        static ZoneJson de(ConsulterUrgence.Zone zone, Langue langue) {
            return new ZoneJson(zone.zone().name(),
                    zone.numero().map(numero -> numero.assistance().valeur()).orElse(null),
                    zone.numero().map(numero -> numero.assistance().formate()).orElse(null),
                    zone.numero().map(numero -> numero.note().en(langue)).orElse(null),
                    zone.pays().stream().map(CodePays::valeur).toList());
        }
    }

    record ContactsJson(List<ContactJson> items, @JsonInclude(JsonInclude.Include.ALWAYS) String suivant,
            CentreRelationsClientsJson centreRelationsClients) {
    }

    record ContactJson(String id, String nom, String fonction, String telephone, String email, String secteur) {

        static ContactJson de(Contact contact, Langue langue) {
            return new ContactJson(contact.id().toString(), contact.nom(), contact.fonction().en(langue),
                    contact.telephone().valeur(), contact.email().valeur(), contact.secteur().en(langue));
        }
    }

    record CentreRelationsClientsJson(String telephone, String email, HorairesJson horaires,
            boolean ouvertMaintenant) {
    }

    record HorairesJson(List<String> jours, String ouverture, String fermeture, String fuseau) {
    }

    record QuestionJson(String id, ThemeFaq theme, String question, String reponse) {
    }
}
