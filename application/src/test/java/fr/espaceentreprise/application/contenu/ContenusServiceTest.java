package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContenusServiceTest {

    private final EspaceContenus espace = new EspaceContenus();
    private final EspaceConsultation monde = espace.consultation;
    private final Acteur gestionnaire = monde.acteurGestionnaire();

    // --- urgence

    @Test
    void the_countries_of_the_entreprises_salaries_are_listed_under_their_zone() {
        Entreprise durand = monde.entreprise("Durand SA");
        Contrat contrat = monde.contrat(durand);
        monde.salarie(UnSalarie.nomme("Nguyen").expatrieEn("VN").affilieA(contrat));
        monde.salarie(UnSalarie.nomme("Ito").expatrieEn("JP").affilieA(contrat));
        monde.salarie(UnSalarie.nomme("Keller").expatrieEn("DE").affilieA(contrat));
        monde.salarie(UnSalarie.nomme("Autre").expatrieEn("BR").affilieA(monde.contrat(monde.entreprise("Martin"))));

        Map<ZoneUrgence, ConsulterUrgence.Zone> zones = parZone(espace.consulterUrgence()
                .consulter(monde.acteurEntreprise(durand)));

        assertEquals(List.of(new CodePays("JP"), new CodePays("VN")), zones.get(ZoneUrgence.ASIE).pays());
        assertEquals(List.of(new CodePays("DE")), zones.get(ZoneUrgence.EUROPE).pays());
        assertEquals(List.of(), zones.get(ZoneUrgence.AMERIQUE_LATINE_CARAIBES).pays(),
                "another entreprise's salarié is not counted");
        assertEquals(EspaceContenus.ASSISTANCE_EUROPE, zones.get(ZoneUrgence.EUROPE).numero().orElseThrow()
                .assistance());
        assertEquals(ZoneUrgence.values().length, zones.size());
    }

    @Test
    void a_broker_sees_only_the_countries_of_the_salaries_of_his_portfolio() {
        Entreprise durand = monde.entreprise("Durand SA");
        Contrat sousMandat = monde.contrat(durand);
        Contrat horsMandat = monde.contrat(durand);
        monde.salarie(UnSalarie.nomme("Nguyen").expatrieEn("VN").affilieA(sousMandat));
        monde.salarie(UnSalarie.nomme("Silva").expatrieEn("BR").affilieA(horsMandat));
        Mandataire courtier = monde.mandataire("Courtage Expat");
        monde.mandat(courtier, sousMandat);

        Map<ZoneUrgence, ConsulterUrgence.Zone> zones = parZone(espace.consulterUrgence()
                .consulter(monde.acteurMandataire(courtier)));

        assertEquals(List.of(new CodePays("VN")), zones.get(ZoneUrgence.ASIE).pays());
        assertEquals(List.of(), zones.get(ZoneUrgence.AMERIQUE_LATINE_CARAIBES).pays());
    }

    @Test
    void the_back_office_sees_the_numbers_and_no_country() {
        Entreprise durand = monde.entreprise("Durand SA");
        monde.salarie(UnSalarie.nomme("Nguyen").expatrieEn("VN").affilieA(monde.contrat(durand)));

        ConsulterUrgence.Urgence urgence = espace.consulterUrgence().consulter(gestionnaire);

        assertTrue(urgence.zones().stream().allMatch(zone -> zone.pays().isEmpty()));
        assertEquals(EspaceContenus.CENTRE_DE_GESTION, urgence.centreDeGestion().orElseThrow().telephone());
    }

    private static Map<ZoneUrgence, ConsulterUrgence.Zone> parZone(ConsulterUrgence.Urgence urgence) {
        return urgence.zones().stream().collect(Collectors.toMap(ConsulterUrgence.Zone::zone, Function.identity()));
    }

    // --- contacts

    @Test
    void the_customer_service_is_open_on_a_monday_morning_and_closed_in_the_evening() {
        ConsulterContacts.Contacts lundiMatin = espace.consulterContacts().consulter(Optional.empty());
        monde.horloge.avancer(Duration.ofHours(10));
        ConsulterContacts.Contacts lundiSoir = espace.consulterContacts().consulter(Optional.empty());

        assertTrue(lundiMatin.ouvertMaintenant(), "T0 is Monday 9:00 in Paris");
        assertFalse(lundiSoir.ouvertMaintenant(), "19:00 in Paris");
        assertEquals(List.of(espace.contactAfrique), lundiMatin.equipe());
        assertEquals(EspaceContenus.CRC, lundiMatin.centreRelationsClients());
    }

    // --- FAQ

    @ParameterizedTest
    @CsvSource({
            "FR, attestation, 1",
            "FR, ATTESTATION salarié, 1",
            "FR, 'mot de passe', 1",
            "FR, certificate, 0",
            "EN, certificate, 1",
            "EN, attestation, 0",
            "FR, attestation passe, 0",
            "FR, '  ', 2"})
    void the_faq_is_searched_by_every_word_in_the_readers_language(Langue langue, String texte, int trouvees) {
        List<QuestionFaq> resultats = espace.consulterFaq().rechercher(new ConsulterFaq.Recherche(Optional.empty(), langue, texte));

        assertEquals(trouvees, resultats.size(), resultats.toString());
    }

    @Test
    void the_words_of_a_search_are_lower_cased_split_on_punctuation_and_bounded() {
        assertEquals(List.of("l", "attestation", "d", "un"), ConsulterFaqService.mots("L'attestation d'un"));
        assertEquals(ConsulterFaqService.MOTS_MAX, ConsulterFaqService.mots("a b c d e f g h i j k").size());
        assertEquals(List.of(), ConsulterFaqService.mots(null));
    }

    @Test
    void the_help_has_a_text_for_every_rubrique() {
        assertEquals(fr.espaceentreprise.domain.contenu.RubriqueAide.values().length,
                espace.consulterAide().consulter().size());
    }

    // --- back office

    @Test
    void a_gestionnaire_changes_a_zone_number_which_users_then_see_and_the_audit_records_it() {
        NumeroZone nouveau = NumeroZone.saisir(ZoneUrgence.OCEANIE, new Telephone("+61 2 9000 0000"), "Sydney",
                "Sydney");

        espace.gererNumerosUrgence().modifierZone(new GererNumerosUrgence.Zone(gestionnaire, nouveau,
                EspaceComptes.IP));

        Acteur utilisateur = monde.acteurEntreprise(monde.entreprise("Durand SA"));
        assertEquals(nouveau, parZone(espace.consulterUrgence().consulter(utilisateur)).get(ZoneUrgence.OCEANIE)
                .numero().orElseThrow());
        EvenementAudit audit = monde.comptes.journal.seul();
        assertEquals(TypeEvenementAudit.CONTENU_MODIFIE, audit.type());
        assertEquals("zone=OCEANIE", audit.detail().orElseThrow());
        assertEquals(gestionnaire.utilisateurId(), audit.utilisateurId().orElseThrow());
    }

    @Test
    void a_front_office_user_cannot_edit_any_content_and_nothing_changes() {
        Acteur utilisateur = monde.acteurEntreprise(monde.entreprise("Durand SA"));
        NumeroZone numero = NumeroZone.saisir(ZoneUrgence.ASIE, new Telephone("+65 6000 0000"), "a", "b");

        List<Runnable> tentatives = List.of(
                () -> espace.gererNumerosUrgence().modifierZone(new GererNumerosUrgence.Zone(utilisateur, numero,
                        EspaceComptes.IP)),
                () -> espace.gererContacts().retirer(new GererContacts.Retrait(utilisateur,
                        espace.contactAfrique.id(), EspaceComptes.IP)),
                () -> espace.gererFaq().retirer(new GererFaq.Retrait(utilisateur,
                        espace.questionAttestation.id(), EspaceComptes.IP)),
                () -> espace.gererContacts().enregistrer(new GererContacts.Enregistrement(utilisateur,
                        contact(ContactId.nouveau(), "Intrus"), true, EspaceComptes.IP)));

        for (Runnable tentative : tentatives) {
            IntrouvableException refus = assertThrows(IntrouvableException.class, tentative::run);
            assertEquals(IntrouvableException.CODE_GENERIQUE, refus.code());
        }
        assertEquals(1, espace.contacts.lister().size());
        assertEquals(2, espace.faq.lister().size());
        assertTrue(monde.comptes.journal.evenements().isEmpty());
    }

    @Test
    void a_gestionnaire_adds_changes_and_removes_a_contact_each_step_audited() {
        ContactId id = ContactId.nouveau();

        espace.gererContacts().enregistrer(new GererContacts.Enregistrement(gestionnaire,
                contact(id, "Paul Rivière"), true, EspaceComptes.IP));
        espace.gererContacts().enregistrer(new GererContacts.Enregistrement(gestionnaire,
                contact(id, "Paul Rivière-Dupont"), false, EspaceComptes.IP));
        List<String> noms = espace.consulterContacts().consulter(Optional.empty()).equipe().stream().map(Contact::nom).toList();
        espace.gererContacts().retirer(new GererContacts.Retrait(gestionnaire, id, EspaceComptes.IP));

        assertEquals(List.of("Awa Diallo", "Paul Rivière-Dupont"), noms);
        assertEquals(List.of(espace.contactAfrique), espace.contacts.lister());
        assertEquals(List.of("contact=" + id + " action=ajout", "contact=" + id + " action=modification",
                        "contact=" + id + " action=retrait"),
                monde.comptes.journal.deType(TypeEvenementAudit.CONTENU_MODIFIE).stream()
                        .map(evenement -> evenement.detail().orElseThrow()).toList());
    }

    @Test
    void changing_or_removing_an_unknown_entry_is_not_found_and_audits_nothing() {
        IntrouvableException contact = assertThrows(IntrouvableException.class, () -> espace.gererContacts()
                .enregistrer(new GererContacts.Enregistrement(gestionnaire, contact(ContactId.nouveau(), "X"),
                        false, EspaceComptes.IP)));
        IntrouvableException question = assertThrows(IntrouvableException.class, () -> espace.gererFaq()
                .retirer(new GererFaq.Retrait(gestionnaire, QuestionFaqId.nouveau(), EspaceComptes.IP)));

        assertEquals("contact.introuvable", contact.code());
        assertEquals("faq.introuvable", question.code());
        assertTrue(monde.comptes.journal.evenements().isEmpty());
    }

    @Test
    void a_faq_entry_added_by_the_back_office_is_found_by_a_search_then_gone_once_removed() {
        QuestionFaq question = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.EXPATRIATION, 2,
                new TexteBilingue("Que couvre le rapatriement ?", "What does repatriation cover?"),
                new TexteBilingue("Le retour au pays d'origine.", "The return to the home country."));

        espace.gererFaq().enregistrer(new GererFaq.Enregistrement(gestionnaire, question,
                true, EspaceComptes.IP));
        List<QuestionFaq> trouvees = espace.consulterFaq().rechercher(new ConsulterFaq.Recherche(Optional.empty(), Langue.EN,
                "repatriation"));
        espace.gererFaq().retirer(new GererFaq.Retrait(gestionnaire, question.id(),
                EspaceComptes.IP));

        assertEquals(List.of(question), trouvees);
        assertEquals(List.of(), espace.consulterFaq().rechercher(new ConsulterFaq.Recherche(Optional.empty(), Langue.EN,
                "repatriation")));
        assertEquals(2, monde.comptes.journal.deType(TypeEvenementAudit.CONTENU_MODIFIE).size());
    }

    private static Contact contact(ContactId id, String nom) {
        return new Contact(id, nom, new TexteBilingue("Commercial", "Sales"), new Telephone("01 40 00 00 09"),
                new Email("commercial@espace-entreprise.example"), new TexteBilingue("Europe", "Europe"), 2);
    }
}
