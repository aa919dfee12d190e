package fr.espaceentreprise.adapters.persistence.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.adapters.persistence.salarie.JooqSalarieRepository;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.Aide;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.RubriqueAide;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content tables of V11 and their adapters, on PostgreSQL; a schema per test since tests edit the seeds. */
class ContenusPersistanceTest {

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final JooqNumerosUrgenceRepository numeros = new JooqNumerosUrgenceRepository(dsl);
    private final JooqContactRepository contacts = new JooqContactRepository(dsl);
    private final JooqFaqRepository faq = new JooqFaqRepository(dsl);

    @Test
    void the_migration_seeds_a_number_for_every_zone_the_management_centre_and_the_help_of_every_rubrique() {
        assertEquals(Set.of(ZoneUrgence.values()), numeros.zones().keySet());
        assertEquals("+33254455677", numeros.centreDeGestion().orElseThrow().telephone().valeur());
        assertEquals(Arrays.asList(RubriqueAide.values()),
                new JooqAideRepository(dsl).lister().stream().map(Aide::rubrique).toList());
        assertTrue(contacts.lister().size() >= 3);
        assertTrue(faq.lister().size() >= 10);
    }

    @Test
    void the_seeded_faq_comes_in_the_order_of_the_themes_then_of_each_entry() {
        List<QuestionFaq> liste = faq.lister();

        for (int i = 1; i < liste.size(); i++) {
            QuestionFaq avant = liste.get(i - 1);
            QuestionFaq apres = liste.get(i);
            assertTrue(avant.theme().compareTo(apres.theme()) < 0
                    || avant.theme() == apres.theme() && avant.ordre() <= apres.ordre(), avant + " / " + apres);
        }
        assertEquals(ThemeFaq.COMPTE, liste.get(0).theme());
    }

    @Test
    void a_zone_number_and_the_management_centre_are_replaced_in_place() {
        NumeroZone nouveau = NumeroZone.saisir(ZoneUrgence.ASIE, new Telephone("+852 2100 0000"), "Hong Kong",
                "Hong Kong");
        CentreDeGestion centre = CentreDeGestion.saisir(new Telephone("02 41 00 00 00"), "Angers", "Angers");

        numeros.enregistrer(nouveau);
        numeros.enregistrer(centre);

        assertEquals(nouveau, numeros.zones().get(ZoneUrgence.ASIE));
        assertEquals(ZoneUrgence.values().length, numeros.zones().size());
        assertEquals(Optional.of(centre), numeros.centreDeGestion());
    }

    @Test
    void a_contact_is_added_changed_read_back_and_removed() {
        ContactId id = ContactId.nouveau();
        Contact contact = new Contact(id, "Zoé Ardent", new TexteBilingue("Commerciale", "Sales"),
                new Telephone("+33 1 40 00 00 09"), new Email("zoe.ardent@welcare.fr"),
                new TexteBilingue("Océanie", "Oceania"), 0);
        Contact change = new Contact(id, "Zoé Ardent-Lefort", contact.fonction(), contact.telephone(),
                contact.email(), contact.secteur(), 9);

        contacts.enregistrer(contact);
        Contact premier = contacts.lister().get(0);
        contacts.enregistrer(change);

        assertEquals(contact, premier, "ordre 0 comes first");
        assertEquals(Optional.of(change), contacts.trouver(id));
        assertTrue(contacts.supprimer(id));
        assertFalse(contacts.supprimer(id));
        assertEquals(Optional.empty(), contacts.trouver(id));
    }

    @ParameterizedTest
    @CsvSource({
            "FR, attestation, 1",
            "FR, ATTESTATION salarié, 1",
            "FR, certificate, 0",
            "EN, certificate, 1",
            "EN, password, 2",
            "FR, 100%, 0",
            "FR, _, 0"})
    void the_faq_is_searched_by_every_word_case_ignored_in_one_language_and_wildcards_match_themselves(
            Langue langue, String mots, int trouvees) {
        List<QuestionFaq> resultats = faq.rechercher(Arrays.asList(mots.toLowerCase().split(" ")), langue, 50);

        assertEquals(trouvees, resultats.size(), resultats.toString());
    }

    @Test
    void a_faq_entry_is_saved_changed_and_removed_and_found_by_the_search_meanwhile() {
        QuestionFaq question = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.EXPATRIATION, 5,
                new TexteBilingue("Le zébu est-il couvert ?", "Is the zebu covered?"),
                new TexteBilingue("Non.", "No."));

        faq.enregistrer(question);
        List<QuestionFaq> trouvees = faq.rechercher(List.of("zébu"), Langue.FR, 10);
        faq.enregistrer(new QuestionFaq(question.id(), question.theme(), 6, question.question(),
                new TexteBilingue("Toujours pas.", "Still not.")));

        assertEquals(List.of(question), trouvees);
        assertEquals("Still not.", faq.trouver(question.id()).orElseThrow().reponse().en());
        assertTrue(faq.supprimer(question.id()));
        assertEquals(List.of(), faq.rechercher(List.of("zébu"), Langue.FR, 10));
    }

    @Test
    void the_database_refuses_a_phone_that_is_not_e164_even_past_the_domain() {
        assertThrows(DataAccessException.class, () -> dsl.execute(
                "update numero_urgence set telephone = '0155924000' where zone = 'EUROPE'"));
    }

    @Test
    void the_countries_are_those_of_the_entreprises_salaries_and_for_a_broker_of_his_contracts_only() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();
        Entreprise autre = UneEntreprise.parDefaut().build();
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        new JooqEntrepriseRepository(dsl).enregistrer(autre);
        Contrat sousMandat = UnContrat.de(entreprise.id()).build();
        Contrat horsMandat = UnContrat.de(entreprise.id()).build();
        Contrat contratAutre = UnContrat.de(autre.id()).build();
        JooqContratRepository contrats = new JooqContratRepository(dsl);
        contrats.enregistrer(sousMandat);
        contrats.enregistrer(horsMandat);
        contrats.enregistrer(contratAutre);
        JooqSalarieRepository salaries = new JooqSalarieRepository(dsl);
        salaries.enregistrer(UnSalarie.nomme("Ito").expatrieEn("JP").affilieA(sousMandat).build());
        salaries.enregistrer(UnSalarie.nomme("Sato").expatrieEn("JP").affilieA(sousMandat).build());
        salaries.enregistrer(UnSalarie.nomme("Silva").expatrieEn("BR").affilieA(horsMandat).build());
        salaries.enregistrer(UnSalarie.nomme("Sans").expatrieEn("CA").de(entreprise.id()).build());
        salaries.enregistrer(UnSalarie.nomme("Autre").expatrieEn("DE").affilieA(contratAutre).build());
        JooqPaysDesSalaries pays = new JooqPaysDesSalaries(dsl);

        assertEquals(Set.of(new CodePays("JP"), new CodePays("BR"), new CodePays("CA")),
                pays.paysDExpatriation(Set.of(entreprise.id()), Optional.empty()));
        assertEquals(Set.of(new CodePays("JP")),
                pays.paysDExpatriation(Set.of(entreprise.id()), Optional.of(Set.of(sousMandat.id()))));
        assertEquals(Set.of(), pays.paysDExpatriation(Set.of(entreprise.id()), Optional.of(Set.of())));
    }
}
