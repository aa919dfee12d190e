package fr.espaceentreprise.application.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ContratRepository}: contrats with their options by id, numéro, entreprise or in bulk, those whose
 * scheduled garantie is due, the numéro unique.
 */
public abstract class ContratRepositoryContract extends PortContract {

    private static final LocalDate EFFET = LocalDate.of(2022, 1, 1);

    private final Entreprise entreprise = uneEntreprise();

    private ContratRepository contrats() {
        return stockage().contrats();
    }

    private Contrat enregistrer(Contrat contrat) {
        enTransaction(() -> contrats().enregistrer(contrat));
        return contrat;
    }

    private Optional<Contrat> trouver(ContratId id) {
        return enTransaction(() -> contrats().trouver(id));
    }

    private List<ContratId> avecGarantieProgrammeeAu(LocalDate jour) {
        return enTransaction(() -> contrats().avecGarantieProgrammeeAu(jour, 10)).stream().map(Contrat::id).toList();
    }

    @Test
    void finds_a_saved_contrat_by_id_and_by_numero_with_its_options_in_order() {
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        contrat.ajouterOption(CodeOption.OPTIQUE_RENFORCE, LocalDate.of(2023, 3, 1));
        contrat.ajouterOption(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2022, 6, 1));
        contrat.retirerOption(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2022, 12, 31));
        contrat.ajouterOption(CodeOption.DENTAIRE_RENFORCE, LocalDate.of(2024, 1, 1));

        enregistrer(contrat);

        assertMemeContrat(contrat, trouver(contrat.id()).orElseThrow());
        assertMemeContrat(contrat, enTransaction(() -> contrats().trouverParNumero(contrat.numero())).orElseThrow());
        assertEquals(3, trouver(contrat.id()).orElseThrow().options().size());
    }

    @Test
    void saving_again_keeps_an_added_option_a_new_garantie_and_the_resiliation() {
        Contrat contrat = enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());

        contrat.ajouterOption(CodeOption.MATERNITE, LocalDate.of(2023, 1, 1));
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1));
        enregistrer(contrat);
        contrat.resilier(LocalDate.of(2024, 12, 31));
        enregistrer(contrat);

        Contrat relu = trouver(contrat.id()).orElseThrow();
        assertMemeContrat(contrat, relu);
        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, relu.garantie());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), relu.dateFin());
        assertEquals(List.of(new OptionContrat(CodeOption.MATERNITE,
                new Periode(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)))), relu.options());
    }

    @Test
    void a_garantie_programmee_is_kept_and_found_from_its_day_on_until_applied() {
        LocalDate premierJuillet = LocalDate.of(2023, 7, 1);
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_CONFORT)
                .build();
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, premierJuillet, LocalDate.of(2023, 6, 10));
        enregistrer(contrat);

        Contrat relu = trouver(contrat.id()).orElseThrow();
        assertEquals(Optional.of(new GarantieProgrammee(Garantie.SANTE_EXPAT_CFE_INTEGRAL, premierJuillet)),
                relu.garantieProgrammee());
        assertEquals(List.of(), avecGarantieProgrammeeAu(premierJuillet.minusDays(1)));
        assertEquals(List.of(contrat.id()), avecGarantieProgrammeeAu(premierJuillet));

        relu.appliquerGarantieProgrammee(premierJuillet);
        enregistrer(relu);
        assertEquals(List.of(), avecGarantieProgrammeeAu(premierJuillet));
        assertEquals(Garantie.SANTE_EXPAT_CFE_INTEGRAL, trouver(contrat.id()).orElseThrow().garantie());
    }

    @Test
    void the_scheduled_garanties_due_are_read_oldest_change_first_and_at_most_as_many_as_asked() {
        LocalDate jour = LocalDate.of(2023, 7, 1);
        Contrat tardif = programme(jour);
        Contrat precoce = programme(jour.minusDays(20));
        Contrat moyen = programme(jour.minusDays(10));
        programme(jour.plusDays(1));

        assertEquals(List.of(precoce.id(), moyen.id()), enTransaction(() -> contrats()
                .avecGarantieProgrammeeAu(jour, 2)).stream().map(Contrat::id).toList());
        assertEquals(List.of(precoce.id(), moyen.id(), tardif.id()), avecGarantieProgrammeeAu(jour));
    }

    private Contrat programme(LocalDate effet) {
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(EFFET).garantie(Garantie.SANTE_EXPAT_CFE_CONFORT)
                .build();
        contrat.changerGarantie(Garantie.SANTE_EXPAT_CFE_INTEGRAL, effet, effet.minusDays(30));
        return enregistrer(contrat);
    }

    @Test
    void lists_the_contrats_of_an_entreprise_by_date_d_effet_and_only_them() {
        Contrat recent = enregistrer(UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1)).build());
        Contrat ancien = Contrat.souscrire(ContratId.nouveau(), new NumeroContrat("INCONNU-1"), entreprise.id(),
                Organisme.HUMANIS_PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE, EFFET);
        ancien.ajouterOption(CodeOption.RESPONSABILITE_CIVILE_VIE_PRIVEE, EFFET);
        enregistrer(ancien);
        enregistrer(UnContrat.de(uneEntreprise().id()).effetLe(EFFET).build());

        List<Contrat> trouves = enTransaction(() -> contrats().trouverParEntreprise(entreprise.id()));

        assertEquals(List.of(ancien.id(), recent.id()), trouves.stream().map(Contrat::id).toList());
        assertMemeContrat(ancien, trouves.get(0));
        assertMemeContrat(recent, trouves.get(1));
    }

    @Test
    void the_contrats_of_an_entreprise_taking_effect_the_same_day_are_ordered_by_numero() {
        Contrat b = enregistrer(UnContrat.de(entreprise.id()).numero("CT-B-" + entreprise.numeroAdherent().valeur())
                .effetLe(EFFET).build());
        Contrat a = enregistrer(UnContrat.de(entreprise.id()).numero("CT-A-" + entreprise.numeroAdherent().valeur())
                .effetLe(EFFET).build());

        assertEquals(List.of(a.id(), b.id()), enTransaction(() -> contrats().trouverParEntreprise(entreprise.id()))
                .stream().map(Contrat::id).toList());
    }

    @Test
    void finds_all_the_known_contrats_among_the_ids_asked() {
        Contrat premier = UnContrat.de(entreprise.id()).effetLe(EFFET).build();
        premier.ajouterOption(CodeOption.MEDECINES_DOUCES, EFFET);
        enregistrer(premier);
        Contrat second = enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());
        enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());

        Map<ContratId, Contrat> trouves = enTransaction(() -> contrats().trouverTous(List.of(premier.id(),
                second.id(), ContratId.nouveau())));

        assertEquals(2, trouves.size());
        assertMemeContrat(premier, trouves.get(premier.id()));
        assertMemeContrat(second, trouves.get(second.id()));
        assertEquals(Map.of(), enTransaction(() -> contrats().trouverTous(List.of())));
    }

    @Test
    void finds_nothing_for_an_unknown_id_numero_or_entreprise() {
        enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());

        assertEquals(Optional.empty(), trouver(ContratId.nouveau()));
        assertEquals(Optional.empty(), enTransaction(() -> contrats().trouverParNumero(new NumeroContrat("INCONNU-1"))));
        assertEquals(List.of(), enTransaction(() -> contrats().trouverParEntreprise(EntrepriseId.nouveau())));
    }

    @Test
    void refuses_a_second_contrat_with_the_same_numero_and_stores_nothing_of_it() {
        Contrat premier = enregistrer(UnContrat.de(entreprise.id()).effetLe(EFFET).build());
        Contrat doublon = Contrat.souscrire(ContratId.nouveau(), premier.numero(), entreprise.id(),
                Organisme.HUMANIS_ASSURANCES, Garantie.ASSISTANCE_RAPATRIEMENT, EFFET);

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> enregistrer(doublon));

        assertEquals("numeroContrat.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroContrat"), conflit.champ());
        assertEquals(Optional.empty(), trouver(doublon.id()));
    }

    private static void assertMemeContrat(Contrat attendu, Contrat lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.numero(), lu.numero());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.organisme(), lu.organisme());
        assertEquals(attendu.garantie(), lu.garantie());
        assertEquals(attendu.garantieProgrammee(), lu.garantieProgrammee());
        assertEquals(attendu.options(), lu.options());
        assertEquals(attendu.dateEffet(), lu.dateEffet());
        assertEquals(attendu.dateFin(), lu.dateFin());
    }
}
