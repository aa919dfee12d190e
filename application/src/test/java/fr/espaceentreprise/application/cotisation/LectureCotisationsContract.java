package fr.espaceentreprise.application.cotisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LectureCotisations}: the appels of the contrats given, in their state on the day, filtered, totalled,
 * newest échéance first and paged by keyset without losing or repeating any; those to pay soon; one by id.
 */
public abstract class LectureCotisationsContract extends PortContract {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2025, 6, 15);
    private static final int TOUT = 1_000;
    private static final int PAGES_MAX = 1_000;

    /** The order of the list as PostgreSQL sorts it: échéance, newest first, then uuid (unsigned bytes) descending. */
    private static final Comparator<AppelDeCotisation> ORDRE = Comparator
            .comparing(AppelDeCotisation::echeance)
            .thenComparing(appel -> appel.id().valeur().toString())
            .reversed();

    private final Entreprise entreprise = stocker(UneEntreprise.nommee("Atlas Ingénierie").build());
    private final Entreprise autre = stocker(UneEntreprise.nommee("Boréal Export").build());
    private final Contrat sante = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2023, 1, 1)).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2023, 1, 1)).build();
    private final Contrat ailleurs = UnContrat.de(autre.id()).effetLe(LocalDate.of(2023, 1, 1)).build();
    private final Set<ContratId> deLEntreprise = Set.of(sante.id(), prevoyance.id());

    protected LectureCotisationsContract() {
        enTransaction(() -> List.of(sante, prevoyance, ailleurs).forEach(stockage().contrats()::enregistrer));
    }

    private <T> T lire(Function<LectureCotisations, T> lecture) {
        return enTransaction(() -> lecture.apply(stockage().lectureCotisations()));
    }

    /** The first page of every appel of {@code contrats} the filter keeps, on AUJOURDHUI. */
    private List<AppelResume> lister(Collection<ContratId> contrats, FiltreAppels filtre) {
        return lire(lecture -> lecture.lister(contrats, filtre, Optional.empty(), TOUT, AUJOURDHUI));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2025-06-14", "2025-06-15", "2025-06-16", "2025-07-31", "2026-01-01"})
    void the_state_of_each_appel_is_the_one_the_domain_gives_on_the_same_day(LocalDate jour) {
        List<AppelDeCotisation> enregistres = unAppelDeChaqueSorte();

        Map<AppelDeCotisationId, EtatAppel> lus = lire(lecture -> lecture.lister(deLEntreprise, FiltreAppels.AUCUN,
                Optional.empty(), TOUT, jour)).stream().collect(Collectors.toMap(AppelResume::id, AppelResume::etat));

        assertEquals(enregistres.stream().collect(Collectors.toMap(AppelDeCotisation::id, a -> a.etatAu(jour))), lus);
    }

    @Test
    void every_state_occurs_in_the_appels_used_to_cross_check_the_domain() {
        assertEquals(EnumSet.allOf(EtatAppel.class),
                unAppelDeChaqueSorte().stream().map(appel -> appel.etatAu(AUJOURDHUI)).collect(Collectors.toSet()));
    }

    @Test
    void a_line_carries_the_appel_its_contrat_and_entreprise_and_what_was_paid() {
        AppelDeCotisation appel = enregistrer(UnAppelDeCotisation.sur(prevoyance.id())
                .periode(Periode.mois(YearMonth.of(2025, 4))).echeance(LocalDate.of(2025, 5, 15))
                .montantAppele("1 234,56").payeLe(LocalDate.of(2025, 5, 2), "200")
                .payeLe(LocalDate.of(2025, 5, 3), "0,56"));

        AppelResume lu = lister(deLEntreprise, FiltreAppels.AUCUN).get(0);

        assertEquals(new AppelResume(appel.id(), prevoyance.id(), prevoyance.numero(), entreprise.id(),
                "Atlas Ingénierie", appel.numeroQuittance(), appel.periode(), appel.echeance(),
                Montant.euros("1234,56"), Montant.euros("200,56"), EtatAppel.EN_RETARD), lu);
        assertEquals(Montant.euros("1034"), lu.montantRestant());
        assertEquals(Optional.of(lu), lire(lecture -> lecture.trouver(appel.id(), AUJOURDHUI)));
    }

    @Test
    void finds_no_appel_for_an_unknown_id() {
        unAppelDeChaqueSorte();

        assertEquals(Optional.empty(), lire(lecture -> lecture.trouver(AppelDeCotisationId.nouveau(), AUJOURDHUI)));
    }

    @Test
    void lists_the_newest_echeance_first_then_the_greater_id_and_only_the_contrats_given() {
        List<AppelDeCotisation> enregistres = plusieursParEcheance();
        enregistrer(UnAppelDeCotisation.sur(ailleurs.id()).echeance(LocalDate.of(2025, 3, 1)));

        List<AppelResume> lus = lister(deLEntreprise, FiltreAppels.AUCUN);

        assertEquals(ids(enregistres.stream().sorted(ORDRE).toList()), idsLus(lus));
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 5})
    void pages_through_every_appel_of_several_contrats_without_losing_or_repeating_any(int taille) {
        List<AppelDeCotisation> enregistres = plusieursParEcheance();

        List<AppelResume> lus = toutesLesPages(deLEntreprise, FiltreAppels.AUCUN, taille);

        assertEquals(ids(enregistres.stream().sorted(ORDRE).toList()), idsLus(lus));
    }

    static Stream<Arguments> filtres() {
        return Stream.of(
                Arguments.of("no filter", (Filtre) test -> FiltreAppels.AUCUN),
                Arguments.of("contrat", (Filtre) test -> new FiltreAppels(Optional.of(test.sante.id()),
                        Optional.empty(), Optional.empty())),
                Arguments.of("year 2024", (Filtre) test -> new FiltreAppels(Optional.empty(),
                        Optional.of(Year.of(2024)), Optional.empty())),
                Arguments.of("year 2025 and en retard", (Filtre) test -> new FiltreAppels(Optional.empty(),
                        Optional.of(Year.of(2025)), Optional.of(EtatAppel.EN_RETARD))),
                Arguments.of("contrat and soldé", (Filtre) test -> new FiltreAppels(Optional.of(test.prevoyance.id()),
                        Optional.empty(), Optional.of(EtatAppel.SOLDE))),
                Arguments.of("soldé", etat(EtatAppel.SOLDE)),
                Arguments.of("en retard", etat(EtatAppel.EN_RETARD)),
                Arguments.of("partiellement payé", etat(EtatAppel.PARTIELLEMENT_PAYE)),
                Arguments.of("à payer", etat(EtatAppel.A_PAYER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filtres")
    void the_list_and_the_totals_keep_exactly_the_appels_the_filter_describes(String nom, Filtre construction) {
        FiltreAppels filtre = construction.pour(this);
        List<AppelDeCotisation> enregistres = new ArrayList<>(unAppelDeChaqueSorte());
        enregistres.addAll(plusieursParEcheance());
        enregistrer(UnAppelDeCotisation.sur(ailleurs.id()).echeance(LocalDate.of(2025, 3, 1)));
        List<AppelDeCotisation> attendus = enregistres.stream().filter(decrit(filtre)).sorted(ORDRE).toList();

        List<AppelResume> lus = toutesLesPages(deLEntreprise, filtre, 2);
        TotauxAppels totaux = lire(lecture -> lecture.totaux(deLEntreprise, filtre, AUJOURDHUI));

        assertEquals(ids(attendus), idsLus(lus));
        assertEquals(new TotauxAppels(Montant.somme(attendus.stream().map(AppelDeCotisation::montantAppele).toList()),
                Montant.somme(attendus.stream().map(AppelDeCotisation::montantPaye).toList())), totaux);
    }

    @Test
    void a_contrat_filter_outside_the_contrats_given_keeps_nothing() {
        enregistrer(UnAppelDeCotisation.sur(ailleurs.id()));
        FiltreAppels filtre = new FiltreAppels(Optional.of(ailleurs.id()), Optional.empty(), Optional.empty());

        assertEquals(List.of(), lister(deLEntreprise, filtre));
        assertEquals(TotauxAppels.ZERO, lire(lecture -> lecture.totaux(deLEntreprise, filtre, AUJOURDHUI)));
        assertEquals(List.of(), lister(Set.of(), FiltreAppels.AUCUN));
        assertEquals(TotauxAppels.ZERO, lire(lecture -> lecture.totaux(Set.of(), FiltreAppels.AUCUN, AUJOURDHUI)));
    }

    @Test
    void the_appels_a_regler_are_those_not_fully_paid_due_by_the_date_oldest_first() {
        List<AppelDeCotisation> enregistres = new ArrayList<>(unAppelDeChaqueSorte());
        enregistres.addAll(plusieursParEcheance());
        enregistrer(UnAppelDeCotisation.sur(ailleurs.id()).echeance(LocalDate.of(2020, 3, 1)));
        LocalDate auPlusTard = AUJOURDHUI.plusDays(30);
        List<AppelDeCotisationId> attendus = enregistres.stream()
                .filter(appel -> !appel.montantRestant().estNul() && !appel.echeance().isAfter(auPlusTard))
                .sorted(ORDRE.reversed())
                .map(AppelDeCotisation::id)
                .toList();

        assertEquals(attendus, idsLus(lire(lecture -> lecture.aRegler(deLEntreprise, auPlusTard, TOUT, AUJOURDHUI))));
        assertEquals(attendus.subList(0, 3),
                idsLus(lire(lecture -> lecture.aRegler(deLEntreprise, auPlusTard, 3, AUJOURDHUI))));
        assertEquals(List.of(), lire(lecture -> lecture.aRegler(Set.of(), auPlusTard, 3, AUJOURDHUI)));
    }

    /** One appel in each situation the state rule tells apart, spread over the two contrats of the entreprise. */
    private List<AppelDeCotisation> unAppelDeChaqueSorte() {
        LocalDate tot = LocalDate.of(2024, 1, 10);
        return List.of(
                enregistrer(appel(sante, 2024, 1).soldeLe(tot)),
                enregistrer(appel(prevoyance, 2024, 2).payeLe(tot, "100").soldeLe(tot.plusDays(3))),
                enregistrer(appel(sante, 2024, 3)),
                enregistrer(appel(prevoyance, 2025, 1).payeLe(tot, "1")),
                enregistrer(appel(sante, 2025, 2).echeance(AUJOURDHUI.minusDays(1))),
                enregistrer(appel(sante, 2025, 2).echeance(AUJOURDHUI)),
                enregistrer(appel(prevoyance, 2025, 2).echeance(AUJOURDHUI).payeLe(tot, "700")),
                enregistrer(appel(sante, 2025, 2).echeance(AUJOURDHUI.plusDays(1)).payeLe(tot, "0,01")),
                enregistrer(appel(prevoyance, 2025, 3).echeance(LocalDate.of(2025, 10, 15))),
                enregistrer(appel(sante, 2025, 3).echeance(LocalDate.of(2025, 10, 15)).soldeLe(tot)));
    }

    /** Several appels sharing each échéance, on both contrats, so that the id decides the order. */
    private List<AppelDeCotisation> plusieursParEcheance() {
        List<AppelDeCotisation> enregistres = new ArrayList<>();
        for (int trimestre = 1; trimestre <= 4; trimestre++) {
            for (Contrat contrat : List.of(sante, prevoyance, sante)) {
                enregistres.add(enregistrer(appel(contrat, 2023, trimestre).payeLe(LocalDate.of(2024, 1, 2), "10")));
            }
        }
        return enregistres;
    }

    private static UnAppelDeCotisation appel(Contrat contrat, int annee, int trimestre) {
        Periode periode = Periode.trimestre(annee, trimestre);
        return UnAppelDeCotisation.sur(contrat.id()).periode(periode).echeance(periode.fin().plusDays(15))
                .montantAppele("1000");
    }

    private AppelDeCotisation enregistrer(UnAppelDeCotisation constructeur) {
        AppelDeCotisation appel = constructeur.build();
        enTransaction(() -> stockage().appels().enregistrer(appel));
        return appel;
    }

    private List<AppelResume> toutesLesPages(Set<ContratId> contrats, FiltreAppels filtre, int taille) {
        List<AppelResume> lus = new ArrayList<>();
        Optional<CurseurAppels> curseur = Optional.empty();
        for (int pages = 0; pages < PAGES_MAX; pages++) {
            Optional<CurseurAppels> apres = curseur;
            List<AppelResume> page = lire(lecture -> lecture.lister(contrats, filtre, apres, taille, AUJOURDHUI));
            lus.addAll(page);
            if (page.size() < taille) {
                return lus;
            }
            curseur = Optional.of(page.get(page.size() - 1).curseur());
        }
        return fail("The pages never end: the cursor does not move on");
    }

    private static Predicate<AppelDeCotisation> decrit(FiltreAppels filtre) {
        return appel -> filtre.contratId().map(id -> id.equals(appel.contratId())).orElse(true)
                && filtre.annee().map(annee -> annee.getValue() == appel.periode().debut().getYear()).orElse(true)
                && filtre.etat().map(etat -> etat == appel.etatAu(AUJOURDHUI)).orElse(true);
    }

    private static Filtre etat(EtatAppel etat) {
        return test -> new FiltreAppels(Optional.empty(), Optional.empty(), Optional.of(etat));
    }

    private static List<AppelDeCotisationId> ids(List<AppelDeCotisation> appels) {
        return appels.stream().map(AppelDeCotisation::id).toList();
    }

    private static List<AppelDeCotisationId> idsLus(List<AppelResume> lus) {
        return lus.stream().map(AppelResume::id).toList();
    }

    /** A filter naming the contrats of the test instance it runs in. */
    @FunctionalInterface
    interface Filtre {
        FiltreAppels pour(LectureCotisationsContract test);
    }
}
