package fr.espaceentreprise.adapters.persistence.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.GarantieProgrammee;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.OptionContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqContratRepositoryTest {

    private static final LocalDate EFFET = LocalDate.of(2022, 1, 1);

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqContratRepository contrats = new JooqContratRepository(dsl);
    private final Entreprise entreprise = UneEntreprise.parDefaut().build();

    JooqContratRepositoryTest() {
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
    }

    @Test
    void finds_a_saved_contrat_by_id_and_by_numero_with_its_options_in_order() {
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        contrat.ajouterOption(CodeOption.OPTIQUE_RENFORCE, LocalDate.of(2023, 3, 1));
        contrat.ajouterOption(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2022, 6, 1));
        contrat.retirerOption(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2022, 12, 31));
        contrat.ajouterOption(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2024, 1, 1));

        contrats.enregistrer(contrat);

        assertMemeContrat(contrat, contrats.trouver(contrat.id()).orElseThrow());
        assertMemeContrat(contrat, contrats.trouverParNumero(contrat.numero()).orElseThrow());
        assertEquals(3, contrats.trouver(contrat.id()).orElseThrow().options().size());
    }

    @Test
    void saving_again_keeps_an_added_option_a_new_garantie_and_the_resiliation() {
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        contrats.enregistrer(contrat);

        contrat.ajouterOption(CodeOption.MATERNITE, LocalDate.of(2023, 1, 1));
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1));
        contrats.enregistrer(contrat);
        contrat.resilier(LocalDate.of(2024, 12, 31));
        contrats.enregistrer(contrat);

        Contrat relu = contrats.trouver(contrat.id()).orElseThrow();
        assertMemeContrat(contrat, relu);
        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, relu.garantie());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), relu.dateFin());
        assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE,
                new Periode(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)))), relu.options());
    }

    @Test
    void a_garantie_programmee_is_kept_and_found_from_its_day_on() {
        LocalDate premierJuillet = LocalDate.of(2023, 7, 1);
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_CONFORT)
                .build();
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, premierJuillet, LocalDate.of(2023, 6, 10));
        contrats.enregistrer(contrat);

        Contrat relu = contrats.trouver(contrat.id()).orElseThrow();
        assertEquals(Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_INTEGRAL, premierJuillet)),
                relu.garantieProgrammee());
        assertEquals(List.of(), ids(contrats.avecGarantieProgrammeeAu(premierJuillet.minusDays(1), 10)));
        assertEquals(List.of(contrat.id()), ids(contrats.avecGarantieProgrammeeAu(premierJuillet, 10)));

        relu.appliquerGarantieProgrammee(premierJuillet);
        contrats.enregistrer(relu);
        assertEquals(List.of(), ids(contrats.avecGarantieProgrammeeAu(premierJuillet, 10)));
        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, contrats.trouver(contrat.id()).orElseThrow().garantie());
    }

    private static List<ContratId> ids(List<Contrat> trouves) {
        return trouves.stream().map(Contrat::id).toList();
    }

    @Test
    void lists_the_contrats_of_an_entreprise_by_date_d_effet_and_only_them() {
        Contrat recent = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1)).build();
        Contrat ancien = Contrat.souscrire(ContratId.nouveau(), new NumeroContrat("INCONNU-1"), entreprise.id(),
                Organisme.HUMANIS_PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE, EFFET);
        ancien.ajouterOption(CodeOption.RESPONSABILITE_CIVILE_VIE_PRIVEE, EFFET);
        Entreprise autre = UneEntreprise.parDefaut().build();
        new JooqEntrepriseRepository(dsl).enregistrer(autre);
        contrats.enregistrer(recent);
        contrats.enregistrer(ancien);
        contrats.enregistrer(UnContrat.de(autre.id()).effetLe(EFFET).build());

        List<Contrat> trouves = contrats.trouverParEntreprise(entreprise.id());

        assertEquals(List.of(ancien.id(), recent.id()), trouves.stream().map(Contrat::id).toList());
        assertMemeContrat(ancien, trouves.get(0));
        assertMemeContrat(recent, trouves.get(1));
    }

    @Test
    void finds_all_the_known_contrats_among_the_ids_asked() {
        Contrat premier = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        premier.ajouterOption(CodeOption.MEDECINES_DOUCES, EFFET);
        Contrat second = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        contrats.enregistrer(premier);
        contrats.enregistrer(second);
        contrats.enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());

        Map<ContratId, Contrat> trouves = contrats.trouverTous(List.of(premier.id(), second.id(), ContratId.nouveau()));

        assertEquals(2, trouves.size());
        assertMemeContrat(premier, trouves.get(premier.id()));
        assertMemeContrat(second, trouves.get(second.id()));
        assertEquals(Map.of(), contrats.trouverTous(List.of()));
    }

    @Test
    void finds_nothing_for_an_unknown_id_numero_or_entreprise() {
        contrats.enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());

        assertEquals(Optional.empty(), contrats.trouver(ContratId.nouveau()));
        assertEquals(Optional.empty(), contrats.trouverParNumero(new NumeroContrat("INCONNU-1")));
        assertEquals(List.of(), contrats.trouverParEntreprise(EntrepriseId.nouveau()));
    }

    @Test
    void refuses_a_second_contrat_with_the_same_numero() {
        Contrat premier = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        contrats.enregistrer(premier);
        Contrat doublon = Contrat.souscrire(ContratId.nouveau(), premier.numero(), entreprise.id(),
                Organisme.HUMANIS_ASSURANCES, Garantie.ASSISTANCE_RAPATRIEMENT, EFFET);

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> contrats.enregistrer(doublon));

        assertEquals("numeroContrat.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroContrat"), conflit.champ());
    }

    static void assertMemeContrat(Contrat attendu, Contrat lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.numero(), lu.numero());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.organisme(), lu.organisme());
        assertEquals(attendu.garantie(), lu.garantie());
        assertEquals(attendu.options(), lu.options());
        assertEquals(attendu.dateEffet(), lu.dateEffet());
        assertEquals(attendu.dateFin(), lu.dateFin());
    }
}
