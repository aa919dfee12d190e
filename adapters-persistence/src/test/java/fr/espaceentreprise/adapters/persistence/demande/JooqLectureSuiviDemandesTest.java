package fr.espaceentreprise.adapters.persistence.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.demande.DemandeResume;
import fr.espaceentreprise.application.demande.FiltreDemandes;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JooqLectureSuiviDemandesTest {

    private static final Instant T = Instant.parse("2025-06-02T09:15:30.123456Z");
    private static final int TOUT = 1_000;
    private static final int PAGES_MAX = 1_000;

    /** Oldest first; ties on the instant broken by the uuid as PostgreSQL orders it (unsigned bytes). */
    private static final Comparator<Demande> CHRONOLOGIQUE = Comparator.comparing(Demande::soumiseLe)
            .thenComparing(demande -> demande.id().valeur().toString());

    /**
     * One schema for the class: each test makes its own entreprises. The back office's queue reads the demandes of
     * every test, so its tests compare the lines of their own entreprises and check the order of all.
     */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private static final UtilisateurId GESTIONNAIRE = Demandeurs.unGestionnaire(dsl);
    private static final Entreprise ATLAS = Demandeurs.uneEntreprise(dsl, "Atlas Ingénierie");
    private static final Entreprise BOREAL = Demandeurs.uneEntreprise(dsl, "Boréal Export");
    private static final Entreprise AUTRE = Demandeurs.uneEntreprise(dsl, "Autre");
    private static final Set<EntrepriseId> DU_MANDATAIRE = Set.of(ATLAS.id(), BOREAL.id());
    private static final Set<EntrepriseId> LES_TROIS = Set.of(ATLAS.id(), BOREAL.id(), AUTRE.id());
    /** Read by every test, written once. */
    private static final List<Demande> JEU = new JooqTransactions(dsl).enTransaction(
            JooqLectureSuiviDemandesTest::unJeuDeDemandes);

    private final JooqLectureSuiviDemandes lecture = new JooqLectureSuiviDemandes(dsl);

    @Test
    void a_line_carries_the_demande_its_entreprise_its_last_event_and_the_objet_of_an_autre_demande() {
        Entreprise atlas = Demandeurs.uneEntreprise(dsl, "Atlas Ingénierie");
        Entreprise boreal = Demandeurs.uneEntreprise(dsl, "Boréal Export");
        Demande relancee = UneDemande.autre().pour(atlas.id()).par(Demandeurs.unCompteDe(dsl, atlas)).soumiseLe(T)
                .traiteePar(GESTIONNAIRE).enAttenteDeRetour().build();
        relancee.repondre(relancee.auteur(), "Voici le justificatif.", T.plus(Duration.ofDays(3)));
        enregistrer(relancee);
        Demande typee = enregistrer(UneDemande.changementGarantie().pour(boreal.id())
                .par(Demandeurs.unCompteDe(dsl, boreal)).soumiseLe(T.minus(Duration.ofDays(1))).build());

        List<DemandeResume> lues = lecture.lister(Set.of(atlas.id(), boreal.id()), FiltreDemandes.AUCUN,
                Optional.empty(), TOUT);

        assertEquals(List.of(
                new DemandeResume(relancee.id(), TypeDemande.AUTRE, StatutDemande.EN_COURS, atlas.id(),
                        "Atlas Ingénierie", T, T.plus(Duration.ofDays(3)),
                        Optional.of(((Autre) relancee.contenu()).objet())),
                new DemandeResume(typee.id(), TypeDemande.CHANGEMENT_GARANTIE, StatutDemande.EN_COURS, boreal.id(),
                        "Boréal Export", typee.soumiseLe(), typee.soumiseLe(), Optional.empty())), lues);
        assertEquals(lues.stream().sorted(Comparator.comparing(DemandeResume::soumiseLe)).toList(),
                lecture.file(FiltreDemandes.AUCUN, Optional.empty(), TOUT).stream()
                        .filter(ligne -> Set.of(atlas.id(), boreal.id()).contains(ligne.entrepriseId())).toList());
    }

    @Test
    void lists_the_demandes_of_the_entreprises_given_newest_first_and_no_other() {

        List<DemandeResume> lues = lecture.lister(DU_MANDATAIRE, FiltreDemandes.AUCUN, Optional.empty(), TOUT);

        assertEquals(ids(plusRecentesDAbord(attendues(DU_MANDATAIRE, d -> true))), idsLus(lues));
        assertEquals(ids(plusRecentesDAbord(attendues(Set.of(AUTRE.id()), d -> true))),
                idsLus(lecture.lister(Set.of(AUTRE.id()), FiltreDemandes.AUCUN, Optional.empty(), TOUT)));
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 7})
    void pages_through_the_front_office_list_of_several_entreprises_without_losing_or_repeating_any(int taille) {

        List<DemandeResume> lues = toutesLesPages(apres -> lecture.lister(DU_MANDATAIRE, FiltreDemandes.AUCUN, apres,
                taille), taille);

        assertEquals(ids(plusRecentesDAbord(attendues(DU_MANDATAIRE, d -> true))), idsLus(lues));
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 7})
    void pages_through_the_queue_oldest_first_without_losing_or_repeating_any(int taille) {

        List<DemandeResume> lues = toutesLesPages(apres -> lecture.file(FiltreDemandes.AUCUN, apres, taille), taille);

        assertEquals(ids(attendues(LES_TROIS, d -> true)), idsLus(desNotres(lues)));
        assertStrictementChronologique(lues);
    }

    static Stream<Arguments> filtres() {
        return Stream.of(
                Arguments.of("statut en cours", filtre(StatutDemande.EN_COURS, null, false)),
                Arguments.of("statut validée", filtre(StatutDemande.VALIDEE, null, false)),
                Arguments.of("statut en attente de retour", filtre(StatutDemande.EN_ATTENTE_DE_RETOUR, null, false)),
                Arguments.of("type autre", filtre(null, TypeDemande.AUTRE, false)),
                Arguments.of("type changement de garantie", filtre(null, TypeDemande.CHANGEMENT_GARANTIE, false)),
                Arguments.of("entreprise", filtre(null, null, true)),
                Arguments.of("statut and type", filtre(StatutDemande.EN_COURS, TypeDemande.AUTRE, false)),
                Arguments.of("entreprise and statut", filtre(StatutDemande.EN_COURS, null, true)),
                Arguments.of("entreprise and type", filtre(null, TypeDemande.AUTRE, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filtres")
    void the_front_office_list_keeps_what_the_filter_asks_for_page_after_page(String cas, FiltreDemandes demande) {

        List<DemandeResume> lues = toutesLesPages(apres -> lecture.lister(DU_MANDATAIRE, demande, apres, 2), 2);

        List<Demande> attendues = attendues(DU_MANDATAIRE, garde(demande));
        assertTrue(attendues.size() >= 2, "the data set must have several demandes for " + cas);
        assertEquals(ids(plusRecentesDAbord(attendues)), idsLus(lues));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filtres")
    void the_queue_keeps_what_the_filter_asks_for_page_after_page(String cas, FiltreDemandes demande) {

        List<DemandeResume> lues = toutesLesPages(apres -> lecture.file(demande, apres, 2), 2);

        List<Demande> attendues = attendues(LES_TROIS, garde(demande));
        assertTrue(attendues.size() >= 2, "the data set must have several demandes for " + cas);
        assertEquals(ids(attendues), idsLus(desNotres(lues)));
        assertStrictementChronologique(lues);
        assertTrue(lues.stream().allMatch(ligne -> demande.statut().map(ligne.statut()::equals).orElse(true)
                && demande.type().map(ligne.type()::equals).orElse(true)), "the other tests' lines are filtered too");
    }

    @Test
    void an_entreprise_filter_outside_the_entreprises_given_lists_nothing() {
        FiltreDemandes deLAutre = new FiltreDemandes(Optional.empty(), Optional.empty(), Optional.of(AUTRE.id()));

        assertEquals(List.of(), lecture.lister(DU_MANDATAIRE, deLAutre, Optional.empty(), TOUT));
        assertEquals(List.of(), lecture.lister(Set.of(), FiltreDemandes.AUCUN, Optional.empty(), TOUT));
    }

    /**
     * Demandes of three entreprises, of two types and every statut, several of them submitted at the same instant
     * so that the id must break the tie.
     */
    private static List<Demande> unJeuDeDemandes() {
        UtilisateurId deAtlas = Demandeurs.unCompteDe(dsl, ATLAS);
        UtilisateurId deBoreal = Demandeurs.unCompteDe(dsl, BOREAL);
        UtilisateurId deLAutre = Demandeurs.unCompteDe(dsl, AUTRE);
        JooqDemandeRepository demandes = new JooqDemandeRepository(dsl);
        List<Demande> enregistrees = new ArrayList<>();
        StatutDemande[] statuts = StatutDemande.values();
        for (int i = 0; i < 24; i++) {
            Entreprise entreprise = i % 3 == 0 ? ATLAS : i % 3 == 1 ? BOREAL : AUTRE;
            UtilisateurId auteur = i % 3 == 0 ? deAtlas : i % 3 == 1 ? deBoreal : deLAutre;
            UneDemande demande = i % 2 == 0 ? UneDemande.autre() : UneDemande.changementGarantie();
            Demande enregistree = demande.pour(entreprise.id()).par(auteur)
                    .soumiseLe(T.minus(Duration.ofHours(i / 4))).dansLeStatut(statuts[(i / 2) % statuts.length])
                    .traiteePar(GESTIONNAIRE).build();
            demandes.enregistrer(enregistree);
            enregistrees.add(enregistree);
        }
        return enregistrees;
    }

    private static List<Demande> attendues(Set<EntrepriseId> entreprises, Predicate<Demande> filtre) {
        return JEU.stream()
                .filter(demande -> entreprises.contains(demande.entrepriseId()))
                .filter(filtre)
                .sorted(CHRONOLOGIQUE)
                .toList();
    }

    private static List<DemandeResume> desNotres(List<DemandeResume> lues) {
        return lues.stream().filter(ligne -> LES_TROIS.contains(ligne.entrepriseId())).toList();
    }

    /** Each line after the previous one in the queue's order: none repeated, none out of place. */
    private static void assertStrictementChronologique(List<DemandeResume> lues) {
        for (int i = 1; i < lues.size(); i++) {
            DemandeResume avant = lues.get(i - 1);
            DemandeResume apres = lues.get(i);
            int ordre = avant.soumiseLe().compareTo(apres.soumiseLe());
            assertTrue(ordre < 0 || ordre == 0
                    && avant.id().valeur().toString().compareTo(apres.id().valeur().toString()) < 0,
                    "line " + i + " comes after line " + (i - 1));
        }
    }

    private static List<Demande> plusRecentesDAbord(List<Demande> chronologiques) {
        List<Demande> inversees = new ArrayList<>(chronologiques);
        Collections.reverse(inversees);
        return inversees;
    }

    private static Predicate<Demande> garde(FiltreDemandes filtre) {
        return demande -> filtre.statut().map(demande.statut()::equals).orElse(true)
                && filtre.type().map(demande.type()::equals).orElse(true)
                && filtre.entrepriseId().map(demande.entrepriseId()::equals).orElse(true);
    }

    private static List<DemandeResume> toutesLesPages(
            Function<Optional<CurseurChronologique>, List<DemandeResume>> page, int taille) {
        List<DemandeResume> lues = new ArrayList<>();
        Optional<CurseurChronologique> apres = Optional.empty();
        for (int pages = 0; pages < PAGES_MAX; pages++) {
            List<DemandeResume> suivante = page.apply(apres);
            assertTrue(suivante.size() <= taille, "a page holds at most what was asked");
            lues.addAll(suivante);
            if (suivante.size() < taille) {
                return lues;
            }
            apres = Optional.of(CurseurChronologique.decoder(suivante.get(suivante.size() - 1).curseur().encoder()));
        }
        return fail("the pages never end");
    }

    private static Demande enregistrer(Demande demande) {
        new JooqDemandeRepository(dsl).enregistrer(demande);
        return demande;
    }

    private static List<DemandeId> ids(List<Demande> demandes) {
        return demandes.stream().map(Demande::id).toList();
    }

    private static List<DemandeId> idsLus(List<DemandeResume> lues) {
        return lues.stream().map(DemandeResume::id).toList();
    }

    private static FiltreDemandes filtre(StatutDemande statut, TypeDemande type, boolean deBoreal) {
        return new FiltreDemandes(Optional.ofNullable(statut), Optional.ofNullable(type),
                deBoreal ? Optional.of(BOREAL.id()) : Optional.empty());
    }
}
