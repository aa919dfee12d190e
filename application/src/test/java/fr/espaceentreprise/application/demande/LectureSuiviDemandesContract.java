package fr.espaceentreprise.application.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LectureSuiviDemandes}: the front office's list of some entreprises' demandes, newest first, and the back
 * office's queue of all, oldest first, both filtered and paged by keyset on (soumiseLe, id) without losing or
 * repeating a line, ties on the instant in PostgreSQL's order of uuids.
 */
public abstract class LectureSuiviDemandesContract extends PortContract {

    private static final int TOUT = 1_000;
    private static final int PAGES_MAX = 1_000;
    private static final Comparator<Demande> CHRONOLOGIQUE = Comparator.comparing(Demande::soumiseLe)
            .thenComparing(demande -> demande.id().valeur(), OrdreSql.UUID);

    private final UtilisateurId gestionnaire = unCompte().id();
    private final Entreprise atlas = stocker(UneEntreprise.nommee("Atlas Ingénierie").build());
    private final Entreprise boreal = stocker(UneEntreprise.nommee("Boréal Export").build());
    private final Entreprise autre = stocker(UneEntreprise.nommee("Autre").build());
    private final Set<EntrepriseId> duMandataire = Set.of(atlas.id(), boreal.id());

    private UtilisateurId unCompteDe(Entreprise entreprise) {
        return stocker(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(nouveauNumero().valeur()).build())
                .id();
    }

    private Demande enregistrer(Demande demande) {
        enTransaction(() -> stockage().demandes().enregistrer(demande));
        return demande;
    }

    private List<DemandeResume> lister(Set<EntrepriseId> entreprises, FiltreDemandes filtre,
                                       Optional<CurseurChronologique> apres, int nombre) {
        return enTransaction(() -> stockage().lectureSuiviDemandes().lister(entreprises, filtre, apres, nombre));
    }

    private List<DemandeResume> file(FiltreDemandes filtre, Optional<CurseurChronologique> apres, int nombre) {
        return enTransaction(() -> stockage().lectureSuiviDemandes().file(filtre, apres, nombre));
    }

    @Test
    void a_line_carries_the_demande_its_entreprise_its_last_event_and_the_objet_of_an_autre_demande() {
        Demande relancee = UneDemande.autre().pour(atlas.id()).par(unCompteDe(atlas)).soumiseLe(T0)
                .traiteePar(gestionnaire).enAttenteDeRetour().build();
        relancee.repondre(relancee.auteur(), "Voici le justificatif.", T0.plus(Duration.ofDays(3)));
        enregistrer(relancee);
        Demande typee = enregistrer(UneDemande.changementGarantie().pour(boreal.id()).par(unCompteDe(boreal))
                .soumiseLe(T0.minus(Duration.ofDays(1))).build());

        List<DemandeResume> lues = lister(duMandataire, FiltreDemandes.AUCUN, Optional.empty(), TOUT);

        assertEquals(List.of(
                new DemandeResume(relancee.id(), TypeDemande.AUTRE, StatutDemande.EN_COURS, atlas.id(),
                        "Atlas Ingénierie", T0, T0.plus(Duration.ofDays(3)),
                        Optional.of(((Autre) relancee.contenu()).objet())),
                new DemandeResume(typee.id(), TypeDemande.CHANGEMENT_GARANTIE, StatutDemande.EN_COURS, boreal.id(),
                        "Boréal Export", typee.soumiseLe(), typee.soumiseLe(), Optional.empty())), lues);
        assertEquals(List.of(lues.get(1), lues.get(0)), file(FiltreDemandes.AUCUN, Optional.empty(), TOUT));
    }

    @Test
    void lists_the_demandes_of_the_entreprises_given_newest_first_and_no_other() {
        List<Demande> jeu = unJeuDeDemandes();

        assertEquals(ids(plusRecentesDAbord(attendues(jeu, duMandataire, demande -> true))),
                idsLus(lister(duMandataire, FiltreDemandes.AUCUN, Optional.empty(), TOUT)));
        assertEquals(ids(plusRecentesDAbord(attendues(jeu, Set.of(autre.id()), demande -> true))),
                idsLus(lister(Set.of(autre.id()), FiltreDemandes.AUCUN, Optional.empty(), TOUT)));
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 7})
    void pages_through_the_front_office_list_of_several_entreprises_without_losing_or_repeating_any(int taille) {
        List<Demande> jeu = unJeuDeDemandes();

        List<DemandeResume> lues = toutesLesPages(apres -> lister(duMandataire, FiltreDemandes.AUCUN, apres, taille),
                taille);

        assertEquals(ids(plusRecentesDAbord(attendues(jeu, duMandataire, demande -> true))), idsLus(lues));
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 7})
    void pages_through_the_queue_of_every_entreprise_oldest_first_without_losing_or_repeating_any(int taille) {
        List<Demande> jeu = unJeuDeDemandes();

        List<DemandeResume> lues = toutesLesPages(apres -> file(FiltreDemandes.AUCUN, apres, taille), taille);

        assertEquals(ids(attendues(jeu, Set.of(atlas.id(), boreal.id(), autre.id()), demande -> true)),
                idsLus(lues));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "statut en cours, EN_COURS, , false",
            "statut validée, VALIDEE, , false",
            "statut en attente de retour, EN_ATTENTE_DE_RETOUR, , false",
            "type autre, , AUTRE, false",
            "type changement de garantie, , CHANGEMENT_GARANTIE, false",
            "entreprise, , , true",
            "statut and type, EN_COURS, AUTRE, false",
            "entreprise and statut, EN_COURS, , true",
            "entreprise and type, , AUTRE, true"})
    void the_front_office_list_and_the_queue_keep_what_the_filter_asks_for_page_after_page(
            String cas, StatutDemande statut, TypeDemande type, boolean deBoreal) {
        List<Demande> jeu = unJeuDeDemandes();
        FiltreDemandes filtre = new FiltreDemandes(Optional.ofNullable(statut), Optional.ofNullable(type),
                deBoreal ? Optional.of(boreal.id()) : Optional.empty());

        List<DemandeResume> liste = toutesLesPages(apres -> lister(duMandataire, filtre, apres, 2), 2);
        List<DemandeResume> queue = toutesLesPages(apres -> file(filtre, apres, 2), 2);

        List<Demande> deLaListe = attendues(jeu, duMandataire, garde(filtre));
        assertTrue(deLaListe.size() >= 2, "the data set must have several demandes for " + cas);
        assertEquals(ids(plusRecentesDAbord(deLaListe)), idsLus(liste));
        assertEquals(ids(attendues(jeu, Set.of(atlas.id(), boreal.id(), autre.id()), garde(filtre))), idsLus(queue));
    }

    @Test
    void an_entreprise_filter_outside_the_entreprises_given_lists_nothing() {
        unJeuDeDemandes();
        FiltreDemandes deLAutre = new FiltreDemandes(Optional.empty(), Optional.empty(), Optional.of(autre.id()));

        assertEquals(List.of(), lister(duMandataire, deLAutre, Optional.empty(), TOUT));
    }

    /**
     * Demandes of the three entreprises, of two types and every statut, several of them submitted at the same
     * instant so that the id must break the tie.
     */
    private List<Demande> unJeuDeDemandes() {
        List<Entreprise> entreprises = List.of(atlas, boreal, autre);
        List<UtilisateurId> auteurs = entreprises.stream().map(this::unCompteDe).toList();
        StatutDemande[] statuts = StatutDemande.values();
        List<Demande> jeu = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            UneDemande demande = i % 2 == 0 ? UneDemande.autre() : UneDemande.changementGarantie();
            jeu.add(demande.pour(entreprises.get(i % 3).id()).par(auteurs.get(i % 3))
                    .soumiseLe(T0.minus(Duration.ofHours(i / 4))).dansLeStatut(statuts[(i / 2) % statuts.length])
                    .traiteePar(gestionnaire).build());
        }
        enTransaction(() -> jeu.forEach(stockage().demandes()::enregistrer));
        return jeu;
    }

    private static List<Demande> attendues(List<Demande> jeu, Set<EntrepriseId> entreprises,
                                           Predicate<Demande> filtre) {
        return jeu.stream()
                .filter(demande -> entreprises.contains(demande.entrepriseId()))
                .filter(filtre)
                .sorted(CHRONOLOGIQUE)
                .toList();
    }

    private static Predicate<Demande> garde(FiltreDemandes filtre) {
        return demande -> filtre.statut().map(demande.statut()::equals).orElse(true)
                && filtre.type().map(demande.type()::equals).orElse(true)
                && filtre.entrepriseId().map(demande.entrepriseId()::equals).orElse(true);
    }

    private static List<Demande> plusRecentesDAbord(List<Demande> chronologiques) {
        List<Demande> inversees = new ArrayList<>(chronologiques);
        Collections.reverse(inversees);
        return inversees;
    }

    /** Every page, each read after the cursor of the last line of the one before, as a client sends it back. */
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

    private static List<DemandeId> ids(List<Demande> demandes) {
        return demandes.stream().map(Demande::id).toList();
    }

    private static List<DemandeId> idsLus(List<DemandeResume> lues) {
        return lues.stream().map(DemandeResume::id).toList();
    }
}
