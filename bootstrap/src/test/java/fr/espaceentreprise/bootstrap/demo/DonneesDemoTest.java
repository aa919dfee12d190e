package fr.espaceentreprise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.cotisation.AppelDeCotisationRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.mandataire.MandatRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo data, seeded once for the whole class into a fresh schema of a real PostgreSQL. */
class DonneesDemoTest {

    /** A leap-year February day late in the month: month ends, quarters and due dates all fall awkwardly. */
    private static final LocalDate AUJOURDHUI = LocalDate.of(2028, 2, 26);

    private static final List<String> TABLES = List.of("entreprise", "mandataire", "contrat", "contrat_option",
            "mandat", "mandat_contrat", "salarie", "affiliation", "appel_de_cotisation", "paiement", "utilisateur",
            "demande", "demande_evenement");

    private static DSLContext dsl;
    private static Transactions transactions;
    private static DonneesDemo demo;
    private static EntrepriseRepository entreprises;
    private static MandataireRepository mandataires;
    private static MandatRepository mandats;
    private static ContratRepository contrats;
    private static AppelDeCotisationRepository appels;
    private static UtilisateurRepository utilisateurs;
    private static boolean premierSemis;

    @BeforeAll
    static void semer_une_fois() {
        DataSource dataSource = PostgresTestDatabase.nouvelleSourceDeDonnees();
        dsl = Persistance.dsl(dataSource);
        Stockage stockage = Persistance.sur(dataSource, Clock.systemUTC(), CleDeChiffrement.nouvelle()).stockage();
        entreprises = stockage.entreprises();
        mandataires = stockage.mandataires();
        mandats = stockage.mandats();
        contrats = stockage.contrats();
        appels = stockage.appels();
        utilisateurs = stockage.utilisateurs();
        transactions = stockage.transactions();
        demo = new DonneesDemo(stockage);
        premierSemis = demo.semer(AUJOURDHUI);
    }

    @Test
    void the_first_seeding_says_it_wrote_the_data() {
        assertTrue(premierSemis);
    }

    @ParameterizedTest
    @CsvSource({
            "10000001, Atlas Ingénierie SAS, 41285679100014",
            "10000002, Boréal Export SARL, 52318476000024",
            "10000003, Cévennes Énergie SA, 63429587700019",
            "10000004, Delta Santé Conseil SAS, 74530698500037"})
    void seeds_each_reference_company_with_its_exact_name_and_siret(String numero, String raisonSociale, String siret) {
        Entreprise entreprise = entreprise(numero);

        assertAll(
                () -> assertEquals(raisonSociale, entreprise.raisonSociale()),
                () -> assertEquals(siret, entreprise.siret().valeur()),
                () -> assertEquals("FR", entreprise.adresseCorrespondance().pays().valeur()),
                () -> assertTrue(entreprise.telephone().isPresent()));
    }

    @Test
    void companies_pay_by_direct_debit_with_bank_details_or_by_transfer() {
        List<Entreprise> toutes = List.of(entreprise("10000001"), entreprise("10000002"), entreprise("10000003"),
                entreprise("10000004"));

        Set<ModePaiement> modes = toutes.stream().map(e -> e.modalitesPaiement().mode()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ModePaiement.class), modes);
        toutes.stream().filter(e -> e.modalitesPaiement().mode() == ModePaiement.PRELEVEMENT).forEach(e -> assertEquals(
                "FR", e.modalitesPaiement().iban().pays().valeur(), e.raisonSociale()));
    }

    @ParameterizedTest
    @CsvSource({"20000001, Courtage Horizon", "20000002, Mandat Plus"})
    void seeds_each_reference_broker_with_its_exact_name(String numero, String raisonSociale) {
        assertEquals(raisonSociale, mandataire(numero).raisonSociale());
    }

    @Test
    void courtage_horizon_covers_some_contracts_of_boreal_all_of_cevennes_and_none_of_atlas_or_delta() {
        Set<ContratId> couverts = mandats.trouverParMandataire(mandataire("20000001").id()).stream()
                .flatMap(mandat -> mandat.contrats().stream()).collect(Collectors.toSet());

        Set<ContratId> boreal = idsDesContrats("10000002");
        Set<ContratId> borealCouverts = boreal.stream().filter(couverts::contains).collect(Collectors.toSet());
        assertAll(
                () -> assertFalse(borealCouverts.isEmpty(), "some contracts of Boréal"),
                () -> assertTrue(borealCouverts.size() < boreal.size(), "not all contracts of Boréal"),
                () -> assertTrue(couverts.containsAll(idsDesContrats("10000003")), "every contract of Cévennes"),
                () -> assertTrue(idsDesContrats("10000001").stream().noneMatch(couverts::contains), "none of Atlas"),
                () -> assertTrue(idsDesContrats("10000004").stream().noneMatch(couverts::contains), "none of Delta"));
    }

    @Test
    void one_mandate_of_courtage_horizon_ended_about_fourteen_months_ago_so_it_is_still_within_two_years() {
        List<Mandat> termines = mandats.trouverParMandataire(mandataire("20000001").id()).stream()
                .filter(mandat -> !mandat.periode().estOuverte()).toList();

        assertEquals(1, termines.size());
        LocalDate fin = termines.get(0).periode().fin();
        assertTrue(fin.isAfter(AUJOURDHUI.minusMonths(15)) && fin.isBefore(AUJOURDHUI.minusMonths(13)), fin::toString);
        assertTrue(fin.plusYears(2).isAfter(AUJOURDHUI));
    }

    @Test
    void mandat_plus_holds_a_single_mandate_on_a_single_contract_of_delta() {
        List<Mandat> mandatsDeMandatPlus = mandats.trouverParMandataire(mandataire("20000002").id());

        assertEquals(1, mandatsDeMandatPlus.size());
        Mandat mandat = mandatsDeMandatPlus.get(0);
        assertEquals(entreprise("10000004").id(), mandat.entrepriseId());
        assertEquals(1, mandat.contrats().size());
        assertTrue(idsDesContrats("10000004").containsAll(mandat.contrats()));
        assertTrue(mandat.estActifLe(AUJOURDHUI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000001", "10000002", "10000003", "10000004"})
    void each_company_holds_two_to_four_contracts(String numero) {
        int nombre = contrats.trouverParEntreprise(entreprise(numero).id()).size();

        assertTrue(nombre >= 2 && nombre <= 4, () -> numero + " holds " + nombre);
    }

    @Test
    void contracts_come_from_both_insurers_with_options_some_ended_and_one_contract_terminated_about_a_year_ago() {
        List<Contrat> tous = tousLesContrats();

        assertEquals(EnumSet.allOf(Organisme.class), tous.stream().map(Contrat::organisme).collect(Collectors.toSet()));
        assertTrue(tous.stream().flatMap(c -> c.options().stream()).anyMatch(o -> o.periode().estOuverte()));
        assertTrue(tous.stream().flatMap(c -> c.options().stream())
                .anyMatch(o -> !o.periode().estOuverte() && o.periode().fin().isBefore(AUJOURDHUI)));
        List<LocalDate> fins = tous.stream().flatMap(c -> c.dateFin().stream()).toList();
        assertEquals(1, fins.size());
        assertTrue(fins.get(0).isAfter(AUJOURDHUI.minusMonths(14)) && fins.get(0).isBefore(AUJOURDHUI.minusMonths(10)),
                fins.get(0)::toString);
    }

    @Test
    void about_two_hundred_employees_are_sent_to_more_than_thirty_countries_in_every_emergency_zone() {
        List<String> pays = dsl.fetch("select pays_expatriation from salarie").getValues(0, String.class);

        Set<String> distincts = Set.copyOf(pays);
        Set<ZoneUrgence> zones = distincts.stream().map(code -> ZoneUrgence.de(new CodePays(code)))
                .collect(Collectors.toSet());
        assertAll(
                () -> assertTrue(pays.size() >= 190, () -> pays.size() + " employees"),
                () -> assertTrue(distincts.size() >= 30, () -> distincts.size() + " countries"),
                () -> assertEquals(EnumSet.allOf(ZoneUrgence.class), zones));
    }

    @ParameterizedTest
    @CsvSource({"Łukasz, Wróbel", "Şükrü, Çelik", "Thị Hoa, Nguyễn", "Zoë, Brontë", "José, Ñúñez"})
    void employees_of_the_first_company_keep_the_letters_of_their_names(String prenom, String nom) {
        int nombre = compter("select count(*) from salarie where prenom = ? and nom = ? and entreprise_id = ?",
                prenom, nom, entreprise("10000001").id().valeur());

        assertTrue(nombre >= 1, () -> prenom + " " + nom + " missing");
    }

    @Test
    void employees_are_affiliated_to_their_own_companys_contracts_and_some_have_been_radiated() {
        int horsEntreprise = compter("select count(*) from affiliation a join salarie s on s.id = a.salarie_id "
                + "join contrat c on c.id = a.contrat_id where c.entreprise_id <> s.entreprise_id");
        int radiees = compter("select count(*) from affiliation where fin is not null");
        int sansAffiliation = compter(
                "select count(*) from salarie s where not exists (select 1 from affiliation a where a.salarie_id = s.id)");

        assertAll(
                () -> assertEquals(0, horsEntreprise),
                () -> assertTrue(radiees > 0),
                () -> assertEquals(0, sansAffiliation));
    }

    @Test
    void every_contract_is_called_over_two_years_monthly_or_quarterly() {
        Map<String, Integer> appelsParContrat = new LinkedHashMap<>();
        dsl.fetch("select c.numero, count(a.id) from contrat c left join appel_de_cotisation a on a.contrat_id = c.id "
                + "group by c.numero").forEach(ligne -> appelsParContrat.put(ligne.get(0, String.class),
                ligne.get(1, Integer.class)));

        assertTrue(appelsParContrat.values().stream().allMatch(nombre -> nombre > 0), appelsParContrat::toString);
        assertTrue(appelsParContrat.containsValue(24), "a monthly contract over two years");
        assertTrue(appelsParContrat.containsValue(8), "a quarterly contract over two years");
    }

    @Test
    void on_the_seeding_day_calls_are_paid_partly_paid_to_pay_and_overdue() {
        List<UUID> ids = dsl.fetch("select id from appel_de_cotisation").getValues(0, UUID.class);

        // One transaction, so the few hundred reads share one connection.
        Set<EtatAppel> etats = transactions.enTransaction(() -> ids.stream()
                .map(id -> appels.trouver(new AppelDeCotisationId(id)).orElseThrow().etatAu(AUJOURDHUI))
                .collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(EtatAppel.class), etats);
    }

    @Test
    void demandes_of_every_type_are_in_every_statut() {
        Set<StatutDemande> statuts = dsl.fetch("select distinct statut from demande").getValues(0, String.class)
                .stream().map(StatutDemande::valueOf).collect(Collectors.toSet());
        Set<TypeDemande> types = dsl.fetch("select distinct type from demande").getValues(0, String.class)
                .stream().map(TypeDemande::valueOf).collect(Collectors.toSet());

        assertEquals(EnumSet.allOf(StatutDemande.class), statuts);
        assertEquals(EnumSet.allOf(TypeDemande.class), types);
    }

    @Test
    void demandes_are_processed_by_the_gestionnaire() {
        String gestionnaire = utilisateurs.trouverParNumeroAdherent(new NumeroAdherent("90000001")).orElseThrow().id()
                .toString();
        List<String> decideurs = dsl.fetch("select distinct auteur_id::text from demande_evenement "
                + "where type in ('VALIDATION', 'REJET', 'DEMANDE_DE_COMPLEMENT')").getValues(0, String.class);

        assertEquals(List.of(gestionnaire), decideurs);
    }

    @ParameterizedTest
    @CsvSource({"10000001, ENTREPRISE", "10000002, ENTREPRISE", "20000001, MANDATAIRE", "90000001, GESTIONNAIRE"})
    void the_demo_accounts_exist_and_are_active(String numero, Profil profil) {
        Utilisateur utilisateur = utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)).orElseThrow();

        assertEquals(profil, utilisateur.profil());
        assertEquals(StatutCompte.ACTIF, utilisateur.statut());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000004", "20000002"})
    void some_companies_and_brokers_have_no_account_yet(String numero) {
        assertTrue(utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)).isEmpty());
    }

    @Test
    void seeding_again_writes_nothing_and_says_so() {
        Map<String, Integer> avant = comptes();

        boolean resemee = demo.semer(AUJOURDHUI);

        assertFalse(resemee);
        assertEquals(avant, comptes());
    }

    private static Map<String, Integer> comptes() {
        Map<String, Integer> comptes = new LinkedHashMap<>();
        TABLES.forEach(table -> comptes.put(table, compter("select count(*) from " + table)));
        return comptes;
    }

    private static int compter(String sql, Object... valeurs) {
        return dsl.fetchOne(sql, valeurs).get(0, Integer.class);
    }

    private static Entreprise entreprise(String numero) {
        return entreprises.trouverParNumeroAdherent(new NumeroAdherent(numero)).orElseThrow();
    }

    private static Mandataire mandataire(String numero) {
        return mandataires.trouverParNumeroAdherent(new NumeroAdherent(numero)).orElseThrow();
    }

    private static Set<ContratId> idsDesContrats(String numero) {
        return contrats.trouverParEntreprise(entreprise(numero).id()).stream().map(Contrat::id).collect(Collectors.toSet());
    }

    private static List<Contrat> tousLesContrats() {
        return List.of("10000001", "10000002", "10000003", "10000004").stream()
                .flatMap(numero -> contrats.trouverParEntreprise(entreprise(numero).id()).stream()).toList();
    }
}
