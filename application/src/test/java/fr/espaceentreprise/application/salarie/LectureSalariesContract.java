package fr.espaceentreprise.application.salarie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LectureSalaries}: the salariés of an entreprise, or those a mandataire's contrats cover, filtered, in the
 * order of the sort keys of their names, paged by keyset without losing or repeating anyone.
 */
public abstract class LectureSalariesContract extends PortContract {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2025, 6, 15);
    private static final int TOUT = 1_000;
    private static final int PAGES_MAX = 1_000;

    /** The order of the list as PostgreSQL sorts the keys (collation "C") and uuids (unsigned bytes). */
    private static final Comparator<Salarie> ORDRE = Comparator
            .comparing((Salarie salarie) -> CleDeTri.de(salarie.nom()))
            .thenComparing(salarie -> CleDeTri.de(salarie.prenom()))
            .thenComparing(salarie -> salarie.id().valeur().toString());

    private final Entreprise entreprise = uneEntreprise();
    private final Contrat sante = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1)).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1))
            .garantie(Garantie.PREVOYANCE_DECES_INVALIDITE).build();
    private final Contrat assistance = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1))
            .garantie(Garantie.ASSISTANCE_RAPATRIEMENT).build();

    protected LectureSalariesContract() {
        enTransaction(() -> List.of(sante, prevoyance, assistance).forEach(stockage().contrats()::enregistrer));
    }

    @Test
    void lists_the_salaries_by_the_sort_key_of_nom_then_prenom_then_id_whatever_the_accents_and_case() {
        List<Salarie> enregistres = enregistrer(
                UnSalarie.nomme("Durand").prenomme("Zoé"),
                UnSalarie.nomme("DURAND").prenomme("Anne"),
                UnSalarie.nomme("Dùrand").prenomme("anne"),
                UnSalarie.nomme("durand").prenomme("Anne"),
                UnSalarie.nomme("Éluard").prenomme("Paul"),
                UnSalarie.nomme("Eluard").prenomme("Nusch"),
                UnSalarie.nomme("Wróbel").prenomme("Łukasz"),
                UnSalarie.nomme("Ångström").prenomme("Anders"),
                UnSalarie.nomme("Nguyễn").prenomme("Văn"),
                UnSalarie.nomme("de la Tour").prenomme("Maurice"),
                UnSalarie.nomme("O’Brien").prenomme("Siobhán"),
                UnSalarie.nomme("Zola").prenomme("Émile"));
        Entreprise autre = uneEntreprise();
        enTransaction(() -> stockage().salaries().enregistrer(UnSalarie.nomme("Durand").de(autre.id()).build()));

        List<SalarieResume> liste = lister(FiltreSalaries.AUCUN, Optional.empty(), TOUT);

        assertEquals(ids(trier(enregistres)), idsLus(liste));
        assertEquals(List.of("angstrom", "de la tour", "durand", "durand", "durand", "durand", "eluard", "eluard",
                "nguyen", "o'brien", "wrobel", "zola"), liste.stream().map(s -> CleDeTri.de(s.nom())).toList());
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 7})
    void pages_through_the_whole_list_without_losing_or_repeating_anyone(int taille) {
        List<Salarie> enregistres = new ArrayList<>();
        for (String nom : List.of("Martin", "MARTIN", "Martín", "martin", "Bernard", "Bérnard", "Petit", "Lefèvre",
                "Lefevre", "Lefebvre", "Łoś", "Los", "Müller", "Muller", "Mueller")) {
            for (String prenom : List.of("Léa", "Lea")) {
                enregistres.addAll(enregistrer(UnSalarie.nomme(nom).prenomme(prenom)));
            }
        }

        List<SalarieResume> lus = toutesLesPages(FiltreSalaries.AUCUN, Optional.empty(), taille);

        assertEquals(ids(trier(enregistres)), idsLus(lus));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dur        | Durand;DURAND;Dùrand;Durand-Martin
            durand     | Durand;DURAND;Dùrand;Durand-Martin
            durand-    | Durand-Martin
            d          | Durand;DURAND;Dùrand;Durand-Martin;de la Tour
            de la      | de la Tour
            o'b        | O’Brien
            lo         | Łoś
            d_rand     | ''
            d%         | ''
            durandz    | ''
            """)
    void searches_by_the_start_of_the_normalised_nom(String debut, String attendus) {
        enregistrer(UnSalarie.nomme("Durand"), UnSalarie.nomme("DURAND"), UnSalarie.nomme("Dùrand"),
                UnSalarie.nomme("Durand-Martin"), UnSalarie.nomme("de la Tour"), UnSalarie.nomme("O’Brien"),
                UnSalarie.nomme("Łoś"), UnSalarie.nomme("Adurand"), UnSalarie.nomme("Eluard"));

        List<SalarieResume> liste = lister(new FiltreSalaries(Optional.of(debut), Optional.empty(), Optional.empty()),
                Optional.empty(), TOUT);

        assertEquals(attendus.isEmpty() ? Set.of() : Set.of(attendus.split(";")),
                Set.copyOf(liste.stream().map(SalarieResume::nom).toList()));
    }

    @Test
    void filters_by_country_of_expatriation() {
        List<Salarie> enregistres = enregistrer(UnSalarie.nomme("Adam").expatrieEn("SN"),
                UnSalarie.nomme("Bona").expatrieEn("CA"), UnSalarie.nomme("Cruz").expatrieEn("SN"));

        List<SalarieResume> liste = lister(
                new FiltreSalaries(Optional.empty(), Optional.empty(), Optional.of(new CodePays("SN"))),
                Optional.empty(), TOUT);

        assertEquals(List.of(enregistres.get(0).id(), enregistres.get(2).id()), idsLus(liste));
    }

    @Test
    void filters_by_contrat_on_the_affiliations_not_ended_on_the_day() {
        List<Salarie> enregistres = enregistrer(
                UnSalarie.nomme("Ouvert").affilieA(sante),
                UnSalarie.nomme("Radie hier").affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1)),
                UnSalarie.nomme("Radie ce soir").affilieA(sante).radieDe(sante, AUJOURDHUI),
                UnSalarie.nomme("Plus tard").affilieA(sante, AUJOURDHUI.plusMonths(1)),
                UnSalarie.nomme("Autre contrat").affilieA(prevoyance),
                UnSalarie.nomme("Revenu").affilieA(sante).radieDe(sante, LocalDate.of(2024, 6, 30))
                        .affilieA(sante, LocalDate.of(2025, 1, 1)));

        List<SalarieResume> liste = lister(
                new FiltreSalaries(Optional.empty(), Optional.of(sante.id()), Optional.empty()),
                Optional.empty(), TOUT);

        assertEquals(Set.of("Ouvert", "Radie ce soir", "Plus tard", "Revenu"),
                Set.copyOf(liste.stream().map(SalarieResume::nom).toList()));
        assertTrue(liste.stream().noneMatch(s -> s.id().equals(enregistres.get(1).id())));
    }

    @Test
    void each_line_gives_the_numbers_of_the_contrats_whose_affiliation_has_not_ended_sorted() {
        Salarie salarie = enregistrer(UnSalarie.nomme("Trois").affilieA(sante).affilieA(prevoyance)
                .radieDe(prevoyance, AUJOURDHUI.minusDays(1)).affilieA(assistance, AUJOURDHUI.plusDays(10))).get(0);
        enregistrer(UnSalarie.nomme("Aucun"));

        List<SalarieResume> liste = lister(FiltreSalaries.AUCUN, Optional.empty(), TOUT);

        assertEquals(List.of("Aucun", "Trois"), liste.stream().map(SalarieResume::nom).toList());
        assertEquals(List.of(), liste.get(0).contrats());
        assertEquals(trierNumeros(sante, assistance), liste.get(1).contrats());
        assertEquals(salarie.id(), liste.get(1).id());
        assertEquals(salarie.dateNaissance(), liste.get(1).dateNaissance());
        assertEquals(salarie.prenom(), liste.get(1).prenom());
        assertEquals(salarie.paysExpatriation(), liste.get(1).paysExpatriation());
    }

    @Test
    void a_mandataire_sees_only_the_salaries_affiliated_to_his_contrats_even_when_ended_and_only_their_numbers() {
        enregistrer(
                UnSalarie.nomme("Deux contrats").affilieA(sante).affilieA(prevoyance),
                UnSalarie.nomme("Parti").affilieA(prevoyance).radieDe(prevoyance, LocalDate.of(2024, 12, 31)),
                UnSalarie.nomme("Hors mandat").affilieA(sante),
                UnSalarie.nomme("Sans affiliation"));

        List<SalarieResume> liste = lister(FiltreSalaries.AUCUN, Optional.of(Set.of(prevoyance.id())), TOUT);

        assertEquals(List.of("Deux contrats", "Parti"), liste.stream().map(SalarieResume::nom).toList());
        assertEquals(List.of(prevoyance.numero()), liste.get(0).contrats());
        assertEquals(List.of(), liste.get(1).contrats());
    }

    @Test
    void a_mandataire_filtering_on_a_contrat_he_cannot_see_or_seeing_none_gets_no_one() {
        enregistrer(UnSalarie.nomme("Deux contrats").affilieA(sante).affilieA(prevoyance));

        assertEquals(List.of(), lister(new FiltreSalaries(Optional.empty(), Optional.of(sante.id()), Optional.empty()),
                Optional.of(Set.of(prevoyance.id())), TOUT));
        assertEquals(List.of(), lister(FiltreSalaries.AUCUN, Optional.of(Set.of()), TOUT));
        assertEquals(1, lister(new FiltreSalaries(Optional.empty(), Optional.of(prevoyance.id()), Optional.empty()),
                Optional.of(Set.of(prevoyance.id())), TOUT).size());
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 4})
    void pages_through_a_filtered_list_of_a_mandataire_without_losing_or_repeating_anyone(int taille) {
        List<Salarie> attendus = new ArrayList<>();
        for (String nom : List.of("Dupont", "Dupond", "DUPONT", "Dûpont", "Dupontel", "Dupuis")) {
            attendus.addAll(enregistrer(UnSalarie.nomme(nom).expatrieEn("JP").affilieA(prevoyance),
                    UnSalarie.nomme(nom).prenomme("Hors pays").expatrieEn("CN").affilieA(prevoyance)));
            enregistrer(UnSalarie.nomme(nom).prenomme("Hors mandat").expatrieEn("JP").affilieA(sante));
        }
        attendus.removeIf(salarie -> salarie.paysExpatriation().valeur().equals("CN"));
        FiltreSalaries filtre = new FiltreSalaries(Optional.of("dup"), Optional.of(prevoyance.id()),
                Optional.of(new CodePays("JP")));

        List<SalarieResume> lus = toutesLesPages(filtre, Optional.of(Set.of(prevoyance.id(), assistance.id())), taille);

        assertEquals(ids(trier(attendus)), idsLus(lus));
    }

    @Test
    void a_salarie_affiliated_to_several_of_the_contrats_read_or_twice_to_one_appears_once() {
        enregistrer(
                UnSalarie.nomme("Partout").affilieA(sante).affilieA(prevoyance).affilieA(assistance),
                UnSalarie.nomme("Deux fois").affilieA(prevoyance).radieDe(prevoyance, AUJOURDHUI.plusDays(10))
                        .affilieA(prevoyance, AUJOURDHUI.plusDays(11)),
                UnSalarie.nomme("Seul"));

        assertEquals(List.of("Deux fois", "Partout"), lister(FiltreSalaries.AUCUN,
                Optional.of(Set.of(sante.id(), prevoyance.id(), assistance.id())), TOUT)
                .stream().map(SalarieResume::nom).toList());
        assertEquals(List.of("Deux fois", "Partout"), lister(
                new FiltreSalaries(Optional.empty(), Optional.of(prevoyance.id()), Optional.empty()),
                Optional.empty(), TOUT).stream().map(SalarieResume::nom).toList());
        assertEquals(List.of("Deux fois", "Partout"), lister(
                new FiltreSalaries(Optional.empty(), Optional.of(prevoyance.id()), Optional.empty()),
                Optional.of(Set.of(prevoyance.id())), 2).stream().map(SalarieResume::nom).toList());
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3})
    void pages_through_what_a_mandataire_sees_of_several_contrats_without_losing_or_repeating_anyone(int taille) {
        List<Salarie> attendus = new ArrayList<>();
        for (String nom : List.of("Kowalski", "Kowalska", "KOWALSKI", "Kowálski", "Nowak", "Nowák")) {
            attendus.addAll(enregistrer(
                    UnSalarie.nomme(nom).prenomme("Anna").affilieA(sante).affilieA(prevoyance),
                    UnSalarie.nomme(nom).prenomme("Ola").affilieA(prevoyance)
                            .radieDe(prevoyance, LocalDate.of(2024, 3, 31)),
                    UnSalarie.nomme(nom).prenomme("Ewa").affilieA(assistance)));
            enregistrer(UnSalarie.nomme(nom).prenomme("Hors mandat").affilieA(sante));
        }
        FiltreSalaries filtre = new FiltreSalaries(Optional.of("ko"), Optional.empty(), Optional.empty());
        attendus.removeIf(salarie -> !CleDeTri.de(salarie.nom()).startsWith("ko"));

        List<SalarieResume> lus = toutesLesPages(filtre, Optional.of(Set.of(prevoyance.id(), assistance.id())), taille);

        assertEquals(ids(trier(attendus)), idsLus(lus));
    }

    @Test
    void a_contrat_of_another_entreprise_brings_none_of_its_salaries() {
        Entreprise autre = uneEntreprise();
        Contrat sonContrat = UnContrat.de(autre.id()).effetLe(LocalDate.of(2024, 1, 1)).build();
        enTransaction(() -> {
            stockage().contrats().enregistrer(sonContrat);
            stockage().salaries().enregistrer(UnSalarie.nomme("Ailleurs").de(autre.id()).affilieA(sonContrat).build());
        });

        assertEquals(List.of(), lister(new FiltreSalaries(Optional.empty(), Optional.of(sonContrat.id()),
                Optional.empty()), Optional.empty(), TOUT));
        assertEquals(List.of(), lister(FiltreSalaries.AUCUN, Optional.of(Set.of(sonContrat.id())), TOUT));
    }

    private List<SalarieResume> lister(FiltreSalaries filtre, Optional<Set<ContratId>> visibles, int limite) {
        return enTransaction(() -> stockage().lectureSalaries().lister(entreprise.id(), visibles, filtre,
                Optional.empty(), limite, AUJOURDHUI));
    }

    private List<SalarieResume> toutesLesPages(FiltreSalaries filtre, Optional<Set<ContratId>> visibles, int taille) {
        List<SalarieResume> lus = new ArrayList<>();
        Optional<CurseurSalaries> curseur = Optional.empty();
        for (int pages = 0; pages < PAGES_MAX; pages++) {
            Optional<CurseurSalaries> apres = curseur;
            List<SalarieResume> page = enTransaction(() -> stockage().lectureSalaries().lister(entreprise.id(),
                    visibles, filtre, apres, taille, AUJOURDHUI));
            lus.addAll(page);
            if (page.size() < taille) {
                return lus;
            }
            curseur = Optional.of(page.get(page.size() - 1).curseur());
        }
        return fail("The pages never end: the cursor does not move on");
    }

    private List<Salarie> enregistrer(UnSalarie... constructeurs) {
        List<Salarie> enregistres = Arrays.stream(constructeurs).map(un -> un.de(entreprise.id()).build()).toList();
        enTransaction(() -> enregistres.forEach(stockage().salaries()::enregistrer));
        return enregistres;
    }

    private static List<Salarie> trier(List<Salarie> salaries) {
        return salaries.stream().sorted(ORDRE).toList();
    }

    private static List<SalarieId> ids(List<Salarie> salaries) {
        return salaries.stream().map(Salarie::id).toList();
    }

    private static List<SalarieId> idsLus(List<SalarieResume> lus) {
        return lus.stream().map(SalarieResume::id).toList();
    }

    private static List<NumeroContrat> trierNumeros(Contrat... contrats) {
        return Arrays.stream(contrats).map(Contrat::numero)
                .sorted(Comparator.comparing(NumeroContrat::valeur)).toList();
    }
}
