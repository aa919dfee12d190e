package fr.espaceentreprise.application.salarie;

import static fr.espaceentreprise.application.consultation.EspaceConsultation.AUJOURDHUI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import fr.espaceentreprise.domain.salarie.UnSalarie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConsulterSalariesServiceTest {

    private final EspaceConsultation espace = new EspaceConsultation();
    private final ConsulterSalaries consulter = espace.consulterSalaries();

    private final Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
    private final Contrat sante = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-SANTE-01"));
    private final Contrat prevoyance = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-PREV-01"));
    private final Entreprise autreEntreprise = espace.entreprise("Autre SA");
    private final Contrat contratDAutrui = espace.contrat(autreEntreprise);
    private final Mandataire courtier = espace.mandataire("Courtage Expat");

    private Page<SalarieResume, CurseurSalaries> lister(Acteur acteur, FiltreSalaries filtre,
                                                        Optional<CurseurSalaries> apres, int taille) {
        return consulter.lister(new ConsulterSalaries.Requete(acteur, entreprise.id(), filtre, apres, taille));
    }

    private List<String> noms(Acteur acteur, FiltreSalaries filtre) {
        return lister(acteur, filtre, Optional.empty(), 100).elements().stream().map(SalarieResume::nom).toList();
    }

    /** "Nomaaa", "Nomaab"…: names sort as their numbers (a name holds no digit). */
    private static String nom(int numero) {
        char[] lettres = new char[3];
        for (int i = 2, reste = numero; i >= 0; i--, reste /= 26) {
            lettres[i] = (char) ('a' + reste % 26);
        }
        return "Nom" + new String(lettres);
    }

    private static void assertIntrouvable(String code, Executable action) {
        assertEquals(code, assertThrows(IntrouvableException.class, action).code());
    }

    @Nested
    class Liste {

        @Test
        void an_entreprise_user_sees_every_salarie_of_its_entreprise_in_name_order_whatever_the_accents() {
            espace.salarie("Zola", "Émile", sante);
            espace.salarie("Wróbel", "Łukasz", sante);
            espace.salarie("Çelik", "Şükrü", prevoyance);
            espace.salarie(UnSalarie.nomme("Durand").prenomme("Zoé").de(entreprise.id()));
            espace.salarie("durand", "Ámélie", sante);
            espace.salarie("Østergaard", "Mette", sante);
            espace.salarie("Ailleurs", "Paul", contratDAutrui);

            List<SalarieResume> lignes = lister(espace.acteurEntreprise(entreprise), FiltreSalaries.AUCUN,
                    Optional.empty(), 20).elements();

            assertEquals(List.of("Çelik Şükrü", "durand Ámélie", "Durand Zoé", "Østergaard Mette", "Wróbel Łukasz",
                    "Zola Émile"), lignes.stream().map(l -> l.nom() + " " + l.prenom()).toList());
        }

        @Test
        void a_line_shows_identity_country_and_the_contracts_of_affiliations_not_ended_sorted() {
            Salarie salarie = espace.salarie(UnSalarie.nomme("Wróbel").prenomme("Łukasz")
                    .neLe(LocalDate.of(1988, 5, 17)).expatrieEn("JP")
                    .affilieA(sante).affilieA(prevoyance));
            espace.salarie(UnSalarie.nomme("Radié").affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1))
                    .affilieA(prevoyance).radieDe(prevoyance, AUJOURDHUI));

            List<SalarieResume> lignes = lister(espace.acteurEntreprise(entreprise), FiltreSalaries.AUCUN,
                    Optional.empty(), 20).elements();

            assertEquals(new SalarieResume(salarie.id(), "Wróbel", "Łukasz", LocalDate.of(1988, 5, 17),
                    new CodePays("JP"), List.of(prevoyance.numero(), sante.numero())), lignes.get(1));
            assertEquals("Radié", lignes.get(0).nom());
            assertEquals(List.of(prevoyance.numero()), lignes.get(0).contrats());
        }

        @Test
        void a_mandataire_sees_only_the_salaries_ever_affiliated_to_his_contracts_and_only_their_numbers() {
            espace.mandat(courtier, sante);
            espace.salarie(UnSalarie.nomme("Actuel").affilieA(sante).affilieA(prevoyance));
            espace.salarie(UnSalarie.nomme("Ancien").affilieA(sante).radieDe(sante, LocalDate.of(2025, 1, 31)));
            espace.salarie(UnSalarie.nomme("Autre").affilieA(prevoyance));
            espace.salarie(UnSalarie.nomme("Jamais").de(entreprise.id()));

            List<SalarieResume> lignes = lister(espace.acteurMandataire(courtier), FiltreSalaries.AUCUN,
                    Optional.empty(), 20).elements();

            assertEquals(List.of("Actuel", "Ancien"), lignes.stream().map(SalarieResume::nom).toList());
            assertEquals(List.of(sante.numero()), lignes.get(0).contrats());
            assertEquals(List.<NumeroContrat>of(), lignes.get(1).contrats());
            assertTrue(espace.lectureSalaries.limitesDemandees().stream().allMatch(limite -> limite == 21));
        }

        @Test
        void an_entreprise_outside_the_perimetre_does_not_exist() {
            espace.mandat(courtier, contratDAutrui);
            espace.salarie("Wróbel", "Łukasz", sante);

            assertIntrouvable("entreprise.introuvable",
                    () -> lister(espace.acteurMandataire(courtier), FiltreSalaries.AUCUN, Optional.empty(), 20));
            assertIntrouvable("entreprise.introuvable", () -> lister(espace.acteurEntreprise(autreEntreprise),
                    FiltreSalaries.AUCUN, Optional.empty(), 20));
            assertIntrouvable("entreprise.introuvable", () -> consulter.lister(new ConsulterSalaries.Requete(
                    espace.acteurEntreprise(entreprise), EntrepriseId.nouveau(), FiltreSalaries.AUCUN,
                    Optional.empty(), 20)));
        }

        @Test
        void a_contract_filter_outside_the_perimetre_does_not_exist() {
            espace.mandat(courtier, sante);
            FiltreSalaries surPrevoyance = FiltreSalaries.de(null, prevoyance.id().toString(), null);
            FiltreSalaries surContratDAutrui = FiltreSalaries.de(null, contratDAutrui.id().toString(), null);

            assertIntrouvable("contrat.introuvable",
                    () -> lister(espace.acteurMandataire(courtier), surPrevoyance, Optional.empty(), 20));
            assertIntrouvable("contrat.introuvable",
                    () -> lister(espace.acteurEntreprise(entreprise), surContratDAutrui, Optional.empty(), 20));
        }

        @Test
        void a_gestionnaire_gets_no_list_but_an_unknown_entreprise_is_still_unknown() {
            espace.salarie("Wróbel", "Łukasz", sante);

            assertEquals(List.of(), noms(espace.acteurGestionnaire(), FiltreSalaries.AUCUN));
            assertIntrouvable("entreprise.introuvable", () -> consulter.lister(new ConsulterSalaries.Requete(
                    espace.acteurGestionnaire(), EntrepriseId.nouveau(), FiltreSalaries.AUCUN, Optional.empty(),
                    20)));
        }

        @Test
        void the_search_finds_the_names_starting_with_what_was_typed_whatever_the_accents_and_case() {
            espace.salarie("Wróbel", "Łukasz", sante);
            espace.salarie("Wrobelski", "Jan", sante);
            espace.salarie("Lewandowski", "Robert", sante);
            espace.salarie("Çelik", "Şükrü", sante);
            Acteur acteur = espace.acteurEntreprise(entreprise);

            assertEquals(List.of("Wróbel", "Wrobelski"), noms(acteur, FiltreSalaries.de("WRÓB", null, null)));
            assertEquals(List.of("Çelik"), noms(acteur, FiltreSalaries.de("cel", null, null)));
            assertEquals(List.of(), noms(acteur, FiltreSalaries.de("obel", null, null)));
        }

        @Test
        void the_contract_filter_keeps_the_salaries_whose_affiliation_to_it_has_not_ended() {
            espace.salarie(UnSalarie.nomme("Actuel").affilieA(sante));
            espace.salarie(UnSalarie.nomme("Futur").affilieA(sante, AUJOURDHUI.plusMonths(2)));
            espace.salarie(UnSalarie.nomme("Finissant").affilieA(sante).radieDe(sante, AUJOURDHUI));
            espace.salarie(UnSalarie.nomme("Parti").affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1)));
            espace.salarie(UnSalarie.nomme("Ailleurs").affilieA(prevoyance));

            assertEquals(List.of("Actuel", "Finissant", "Futur"), noms(espace.acteurEntreprise(entreprise),
                    FiltreSalaries.de(null, sante.id().toString(), null)));
        }

        @Test
        void the_country_filter_and_the_search_combine() {
            espace.salarie(UnSalarie.nomme("Durand").expatrieEn("SN").affilieA(sante));
            espace.salarie(UnSalarie.nomme("Dupont").expatrieEn("JP").affilieA(sante));
            espace.salarie(UnSalarie.nomme("Martin").expatrieEn("SN").affilieA(sante));

            assertEquals(List.of("Durand", "Martin"),
                    noms(espace.acteurEntreprise(entreprise), FiltreSalaries.de(null, null, "SN")));
            assertEquals(List.of("Durand"),
                    noms(espace.acteurEntreprise(entreprise), FiltreSalaries.de("du", null, "SN")));
        }
    }

    @Nested
    class Pagination {

        @Test
        void pages_follow_each_other_through_their_cursors_without_gap_nor_repeat() {
            for (int i = 0; i < 45; i++) {
                espace.salarie(nom((i * 7) % 45), "Prénom", sante);
            }
            Acteur acteur = espace.acteurEntreprise(entreprise);

            List<String> lus = new ArrayList<>();
            List<Integer> tailles = new ArrayList<>();
            Optional<CurseurSalaries> apres = Optional.empty();
            do {
                Page<SalarieResume, CurseurSalaries> page = lister(acteur, FiltreSalaries.AUCUN, apres, 20);
                page.elements().forEach(ligne -> lus.add(ligne.nom()));
                tailles.add(page.elements().size());
                // As a client would: the cursor travels as text.
                apres = page.suivant().map(curseur -> CurseurSalaries.decoder(curseur.encoder()));
            } while (apres.isPresent());

            assertEquals(List.of(20, 20, 5), tailles);
            List<String> attendus = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                attendus.add(nom(i));
            }
            assertEquals(attendus, lus);
        }

        @Test
        void namesakes_are_ordered_by_id_and_a_page_may_stop_between_them() {
            Set<SalarieId> homonymes = new HashSet<>();
            for (int i = 0; i < 7; i++) {
                homonymes.add(espace.salarie("Martin", "Jean", sante).id());
            }
            Acteur acteur = espace.acteurEntreprise(entreprise);

            List<SalarieId> lus = new ArrayList<>();
            Optional<CurseurSalaries> apres = Optional.empty();
            do {
                Page<SalarieResume, CurseurSalaries> page = lister(acteur, FiltreSalaries.AUCUN, apres, 3);
                page.elements().forEach(ligne -> lus.add(ligne.id()));
                apres = page.suivant();
            } while (apres.isPresent());

            assertEquals(homonymes, Set.copyOf(lus));
            assertEquals(7, lus.size());
            List<String> ids = lus.stream().map(id -> id.valeur().toString()).toList();
            assertEquals(ids.stream().sorted().toList(), ids);
        }

        @Test
        void a_full_last_page_says_there_is_no_next_one() {
            for (int i = 0; i < 20; i++) {
                espace.salarie(nom(i), "Prénom", sante);
            }

            Page<SalarieResume, CurseurSalaries> page = lister(espace.acteurEntreprise(entreprise),
                    FiltreSalaries.AUCUN, Optional.empty(), 20);

            assertEquals(20, page.elements().size());
            assertEquals(Optional.empty(), page.suivant());
        }

        @Test
        void the_next_cursor_points_at_the_last_line_of_the_page() {
            espace.salarie("Wróbel", "Łukasz", sante);
            espace.salarie("Zola", "Émile", sante);

            Page<SalarieResume, CurseurSalaries> page = lister(espace.acteurEntreprise(entreprise),
                    FiltreSalaries.AUCUN, Optional.empty(), 1);

            assertEquals(Optional.of(page.elements().get(0).curseur()), page.suivant());
            assertEquals("lukasz", page.suivant().get().prenomTri());
        }
    }

    @Nested
    class Export {

        @Test
        void every_line_of_a_large_list_is_handed_over_in_order_read_by_batches_of_1000_each_in_its_transaction() {
            for (int i = 0; i < 2_345; i++) {
                espace.salarie(nom((i * 11) % 2_345), "Prénom", sante);
            }
            espace.espace().exploitation().maintenance().enVigueur(); // cached from now on, not read by the export
            int transactionsAvant = espace.transactions.validees();

            List<String> lignes = new ArrayList<>();
            consulter.exporter(espace.acteurEntreprise(entreprise), entreprise.id(), FiltreSalaries.AUCUN,
                    ligne -> {
                        assertFalse(espace.transactions.enCours(), "lines are written outside the transaction");
                        lignes.add(ligne.nom());
                    });

            assertEquals(2_345, lignes.size());
            assertEquals(lignes.stream().sorted().toList(), lignes);
            assertEquals(2_345, Set.copyOf(lignes).size());
            assertEquals(List.of(1_000, 1_000, 1_000), espace.lectureSalaries.limitesDemandees());
            assertEquals(4, espace.transactions.validees() - transactionsAvant);
        }

        @Test
        void an_exact_multiple_of_the_batch_ends_with_an_empty_read() {
            for (int i = 0; i < 1_000; i++) {
                espace.salarie(nom(i), "Prénom", sante);
            }

            List<SalarieResume> lignes = new ArrayList<>();
            consulter.exporter(espace.acteurEntreprise(entreprise), entreprise.id(), FiltreSalaries.AUCUN,
                    lignes::add);

            assertEquals(1_000, lignes.size());
            assertEquals(List.of(1_000, 1_000), espace.lectureSalaries.limitesDemandees());
        }

        @Test
        void the_export_follows_the_filter_and_the_mandataire_perimetre() {
            espace.mandat(courtier, sante);
            espace.salarie(UnSalarie.nomme("Durand").expatrieEn("SN").affilieA(sante));
            espace.salarie(UnSalarie.nomme("Dupont").expatrieEn("JP").affilieA(sante));
            espace.salarie(UnSalarie.nomme("Diallo").expatrieEn("SN").affilieA(prevoyance));

            List<String> noms = new ArrayList<>();
            consulter.exporter(espace.acteurMandataire(courtier), entreprise.id(),
                    FiltreSalaries.de("d", null, "SN"), ligne -> noms.add(ligne.nom()));

            assertEquals(List.of("Durand"), noms);
        }

        @Test
        void an_export_outside_the_perimetre_hands_nothing_and_fails_as_unknown() {
            espace.mandat(courtier, contratDAutrui);
            espace.salarie("Wróbel", "Łukasz", sante);
            List<SalarieResume> lignes = new ArrayList<>();

            assertIntrouvable("entreprise.introuvable", () -> consulter.exporter(espace.acteurMandataire(courtier),
                    entreprise.id(), FiltreSalaries.AUCUN, lignes::add));
            assertEquals(List.of(), lignes);
        }

        @Test
        void a_gestionnaire_exports_nothing() {
            espace.salarie("Wróbel", "Łukasz", sante);
            List<SalarieResume> lignes = new ArrayList<>();

            consulter.exporter(espace.acteurGestionnaire(), entreprise.id(), FiltreSalaries.AUCUN, lignes::add);

            assertEquals(List.of(), lignes);
        }
    }

    @Nested
    class Fiche {

        @Test
        void the_fiche_shows_the_identity_the_masked_email_and_the_affiliations_newest_first() {
            Salarie salarie = espace.salarie(UnSalarie.nomme("Wróbel").prenomme("Łukasz")
                    .neLe(LocalDate.of(1988, 5, 17)).email("lukasz.wrobel@example.pl").expatrieEn("JP")
                    .affilieA(sante, LocalDate.of(2024, 3, 1)).radieDe(sante, LocalDate.of(2025, 6, 30))
                    .affilieA(prevoyance, LocalDate.of(2025, 7, 1)));

            FicheSalarie fiche = consulter.consulter(espace.acteurEntreprise(entreprise), salarie.id());

            assertEquals(salarie.id(), fiche.id());
            assertEquals(entreprise.id(), fiche.entrepriseId());
            assertEquals("Expat Conseil SAS", fiche.raisonSociale());
            assertEquals("Wróbel", fiche.nom());
            assertEquals("Łukasz", fiche.prenom());
            assertEquals(LocalDate.of(1988, 5, 17), fiche.dateNaissance());
            assertEquals(Optional.of("l•••@example.pl"), fiche.emailMasque());
            assertEquals(new CodePays("JP"), fiche.paysExpatriation());
            assertEquals(salarie.salaireReference(), fiche.salaireReference());
            assertEquals(List.of(
                    new FicheSalarie.AffiliationVue(prevoyance.id(), prevoyance.numero(), prevoyance.organisme(),
                            prevoyance.garantie(), LocalDate.of(2025, 7, 1), Optional.empty(), true),
                    new FicheSalarie.AffiliationVue(sante.id(), sante.numero(), sante.organisme(),
                            sante.garantie(), LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2025, 6, 30)),
                            false)), fiche.affiliations());
            assertTrue(fiche.attestationDisponible());
        }

        @Test
        void without_any_affiliation_left_no_attestation_is_offered() {
            Salarie salarie = espace.salarie(UnSalarie.quelconque().sansEmail()
                    .affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1)));

            FicheSalarie fiche = consulter.consulter(espace.acteurEntreprise(entreprise), salarie.id());

            assertFalse(fiche.attestationDisponible());
            assertEquals(Optional.empty(), fiche.emailMasque());
        }

        @Test
        void a_mandataire_sees_only_the_affiliations_to_his_contracts() {
            espace.mandat(courtier, sante);
            Salarie salarie = espace.salarie(UnSalarie.quelconque()
                    .affilieA(sante).radieDe(sante, AUJOURDHUI.minusMonths(1)).affilieA(prevoyance));

            FicheSalarie fiche = consulter.consulter(espace.acteurMandataire(courtier), salarie.id());

            assertEquals(List.of(sante.id()), fiche.affiliations().stream()
                    .map(FicheSalarie.AffiliationVue::contratId).toList());
            assertFalse(fiche.attestationDisponible());
        }

        @Test
        void a_salarie_outside_the_perimetre_does_not_exist() {
            espace.mandat(courtier, sante);
            Salarie horsMandat = espace.salarie(UnSalarie.quelconque().affilieA(prevoyance));
            Salarie sansAffiliation = espace.salarie(UnSalarie.quelconque().de(entreprise.id()));
            Salarie dAutrui = espace.salarie(UnSalarie.quelconque().affilieA(contratDAutrui));

            assertIntrouvable("salarie.introuvable",
                    () -> consulter.consulter(espace.acteurMandataire(courtier), horsMandat.id()));
            assertIntrouvable("salarie.introuvable",
                    () -> consulter.consulter(espace.acteurMandataire(courtier), sansAffiliation.id()));
            assertIntrouvable("salarie.introuvable",
                    () -> consulter.consulter(espace.acteurEntreprise(entreprise), dAutrui.id()));
            assertIntrouvable("salarie.introuvable",
                    () -> consulter.consulter(espace.acteurEntreprise(entreprise), SalarieId.nouveau()));
        }

        @Test
        void an_entreprise_user_sees_a_salarie_without_any_affiliation_and_a_gestionnaire_reads_any_one() {
            Salarie sansAffiliation = espace.salarie(UnSalarie.nomme("Nouveau").de(entreprise.id()));

            assertEquals("Nouveau",
                    consulter.consulter(espace.acteurEntreprise(entreprise), sansAffiliation.id()).nom());
            assertEquals("Nouveau", consulter.consulter(espace.acteurGestionnaire(), sansAffiliation.id()).nom());
        }
    }
}
