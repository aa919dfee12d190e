package fr.espaceentreprise.application.cotisation;

import static fr.espaceentreprise.application.consultation.EspaceConsultation.AUJOURDHUI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConsulterCotisationsServiceTest {

    private final EspaceConsultation espace = new EspaceConsultation();
    private final ConsulterCotisations consulter = espace.consulterCotisations();

    private final Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
    private final Contrat sante = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-SANTE-01"));
    private final Contrat prevoyance = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-PREV-01"));
    private final Entreprise autreEntreprise = espace.entreprise("Autre SA");
    private final Contrat contratDAutrui = espace.contrat(UnContrat.de(autreEntreprise.id()).numero("CT-AUTRE-01"));
    private final Mandataire courtier = espace.mandataire("Courtage Expat");

    /** An appel of the quarter starting in that month, due 15 days after it ends. */
    private AppelDeCotisation appel(Contrat contrat, int annee, int trimestre) {
        Periode periode = Periode.trimestre(annee, trimestre);
        return espace.appel(UnAppelDeCotisation.sur(contrat.id()).periode(periode)
                .echeance(periode.fin().plusDays(15)));
    }

    private ConsulterCotisations.PageAppels lister(Acteur acteur, Optional<EntrepriseId> entrepriseId,
                                                   FiltreAppels filtre, Optional<CurseurAppels> apres, int taille) {
        return consulter.lister(new ConsulterCotisations.Requete(acteur, entrepriseId, filtre, apres, taille));
    }

    private List<AppelDeCotisationId> ids(Acteur acteur, Optional<EntrepriseId> entrepriseId, FiltreAppels filtre) {
        return lister(acteur, entrepriseId, filtre, Optional.empty(), 100).page().elements().stream()
                .map(AppelResume::id).toList();
    }

    private static void assertIntrouvable(String code, Executable action) {
        assertEquals(code, assertThrows(IntrouvableException.class, action).code());
    }

    @Nested
    class Liste {

        @Test
        void the_appels_of_the_entreprise_run_newest_echeance_first_with_their_state_and_amounts_today() {
            AppelDeCotisation ancien = espace.appel(UnAppelDeCotisation.sur(sante.id())
                    .periode(Periode.trimestre(2025, 3)).echeance(LocalDate.of(2025, 10, 15))
                    .montantAppele("1000").soldeLe(LocalDate.of(2025, 10, 1)));
            AppelDeCotisation enRetard = espace.appel(UnAppelDeCotisation.sur(prevoyance.id())
                    .periode(Periode.trimestre(2025, 4)).echeance(AUJOURDHUI.minusDays(1))
                    .montantAppele("1200").payeLe(LocalDate.of(2026, 1, 20), "200"));
            AppelDeCotisation partiel = espace.appel(UnAppelDeCotisation.sur(sante.id())
                    .periode(Periode.trimestre(2026, 1)).echeance(AUJOURDHUI)
                    .montantAppele("1500").payeLe(LocalDate.of(2026, 2, 1), "500"));
            AppelDeCotisation aPayer = espace.appel(UnAppelDeCotisation.sur(sante.id())
                    .periode(Periode.trimestre(2026, 2)).echeance(AUJOURDHUI.plusMonths(2)).montantAppele("1500"));
            appel(contratDAutrui, 2026, 1);

            List<AppelResume> lignes = lister(espace.acteurEntreprise(entreprise), Optional.of(entreprise.id()),
                    FiltreAppels.AUCUN, Optional.empty(), 20).page().elements();

            assertEquals(List.of(aPayer.id(), partiel.id(), enRetard.id(), ancien.id()),
                    lignes.stream().map(AppelResume::id).toList());
            assertEquals(List.of(EtatAppel.A_PAYER, EtatAppel.PARTIELLEMENT_PAYE, EtatAppel.EN_RETARD,
                    EtatAppel.SOLDE), lignes.stream().map(AppelResume::etat).toList());
            AppelResume ligne = lignes.get(2);
            assertEquals(prevoyance.numero(), ligne.numeroContrat());
            assertEquals(entreprise.id(), ligne.entrepriseId());
            assertEquals("Expat Conseil SAS", ligne.raisonSociale());
            assertEquals(enRetard.numeroQuittance(), ligne.numeroQuittance());
            assertEquals(Montant.euros("1200"), ligne.montantAppele());
            assertEquals(Montant.euros("200"), ligne.montantPaye());
            assertEquals(Montant.euros("1000"), ligne.montantRestant());
        }

        @Test
        void the_totals_cover_every_appel_of_the_filter_not_only_the_page() {
            for (int trimestre = 1; trimestre <= 4; trimestre++) {
                espace.appel(UnAppelDeCotisation.sur(sante.id()).periode(Periode.trimestre(2025, trimestre))
                        .echeance(Periode.trimestre(2025, trimestre).fin().plusDays(15)).montantAppele("1000")
                        .payeLe(LocalDate.of(2025, 12, 31), "250"));
            }
            appel(sante, 2024, 4);

            ConsulterCotisations.PageAppels page = lister(espace.acteurEntreprise(entreprise),
                    Optional.of(entreprise.id()), FiltreAppels.de(null, "2025", null), Optional.empty(), 2);

            assertEquals(2, page.page().elements().size());
            assertEquals(new TotauxAppels(Montant.euros("4000"), Montant.euros("1000")), page.totaux());
            assertEquals(Montant.euros("3000"), page.totaux().restant());
            assertEquals(List.of(3), espace.lectureCotisations.limitesDemandees());
        }

        @Test
        void the_filters_keep_the_contract_the_year_of_the_periode_start_and_the_state_today() {
            AppelDeCotisation sante2025 = appel(sante, 2025, 2);
            AppelDeCotisation prevoyance2025 = appel(prevoyance, 2025, 3);
            AppelDeCotisation sante2024 = appel(sante, 2024, 4);
            AppelDeCotisation solde = espace.appel(UnAppelDeCotisation.sur(sante.id())
                    .periode(Periode.trimestre(2025, 1)).echeance(LocalDate.of(2025, 4, 15))
                    .soldeLe(LocalDate.of(2025, 4, 10)));
            Acteur acteur = espace.acteurEntreprise(entreprise);
            Optional<EntrepriseId> ici = Optional.of(entreprise.id());

            assertEquals(List.of(sante2025.id(), solde.id(), sante2024.id()),
                    ids(acteur, ici, FiltreAppels.de(sante.id().toString(), null, null)));
            assertEquals(List.of(prevoyance2025.id(), sante2025.id(), solde.id()),
                    ids(acteur, ici, FiltreAppels.de(null, "2025", null)));
            assertEquals(List.of(sante2024.id()), ids(acteur, ici, FiltreAppels.de(null, "2024", "EN_RETARD")));
            assertEquals(List.of(solde.id()), ids(acteur, ici, FiltreAppels.de(null, null, "SOLDE")));
        }

        @Test
        void pages_follow_each_other_through_their_cursors_even_between_equal_echeances() {
            List<AppelDeCotisationId> attendus = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                attendus.add(espace.appel(UnAppelDeCotisation.sur(i % 2 == 0 ? sante.id() : prevoyance.id())
                        .echeance(LocalDate.of(2025, 1 + i % 6, 15))).id());
            }
            Acteur acteur = espace.acteurEntreprise(entreprise);

            List<AppelResume> lus = new ArrayList<>();
            List<Integer> tailles = new ArrayList<>();
            Optional<CurseurAppels> apres = Optional.empty();
            do {
                Page<AppelResume, CurseurAppels> page = lister(acteur, Optional.of(entreprise.id()),
                        FiltreAppels.AUCUN, apres, 10).page();
                lus.addAll(page.elements());
                tailles.add(page.elements().size());
                apres = page.suivant().map(curseur -> CurseurAppels.decoder(curseur.encoder()));
            } while (apres.isPresent());

            assertEquals(List.of(10, 10, 5), tailles);
            assertEquals(Set.copyOf(attendus), Set.copyOf(lus.stream().map(AppelResume::id).toList()));
            assertEquals(25, lus.size());
            for (int i = 1; i < lus.size(); i++) {
                AppelResume avant = lus.get(i - 1);
                AppelResume apresLigne = lus.get(i);
                int echeances = avant.echeance().compareTo(apresLigne.echeance());
                boolean ordonne = echeances > 0 || (echeances == 0
                        && avant.id().valeur().toString().compareTo(apresLigne.id().valeur().toString()) > 0);
                assertEquals(true, ordonne, "ligne " + i);
            }
        }

        @Test
        void a_mandataire_sees_the_appels_of_his_contracts_only_for_one_entreprise_or_his_whole_portfolio() {
            espace.mandat(courtier, sante);
            espace.mandat(courtier, contratDAutrui);
            AppelDeCotisation surSante = appel(sante, 2025, 4);
            appel(prevoyance, 2025, 4);
            AppelDeCotisation chezAutrui = appel(contratDAutrui, 2025, 3);
            Acteur acteur = espace.acteurMandataire(courtier);

            assertEquals(List.of(surSante.id()), ids(acteur, Optional.of(entreprise.id()), FiltreAppels.AUCUN));
            assertEquals(List.of(surSante.id(), chezAutrui.id()), ids(acteur, Optional.empty(), FiltreAppels.AUCUN));
        }

        @Test
        void an_entreprise_user_s_whole_portfolio_is_its_own_entreprise() {
            AppelDeCotisation surSante = appel(sante, 2025, 4);
            appel(contratDAutrui, 2025, 4);

            assertEquals(List.of(surSante.id()),
                    ids(espace.acteurEntreprise(entreprise), Optional.empty(), FiltreAppels.AUCUN));
        }

        @Test
        void an_entreprise_or_contract_outside_the_perimetre_does_not_exist() {
            espace.mandat(courtier, sante);
            Acteur mandataire = espace.acteurMandataire(courtier);

            assertIntrouvable("entreprise.introuvable", () -> lister(mandataire, Optional.of(autreEntreprise.id()),
                    FiltreAppels.AUCUN, Optional.empty(), 20));
            assertIntrouvable("entreprise.introuvable", () -> lister(espace.acteurEntreprise(entreprise),
                    Optional.of(autreEntreprise.id()), FiltreAppels.AUCUN, Optional.empty(), 20));
            assertIntrouvable("contrat.introuvable", () -> lister(mandataire, Optional.of(entreprise.id()),
                    FiltreAppels.de(prevoyance.id().toString(), null, null), Optional.empty(), 20));
            assertIntrouvable("contrat.introuvable", () -> lister(mandataire, Optional.empty(),
                    FiltreAppels.de(contratDAutrui.id().toString(), null, null), Optional.empty(), 20));
        }

        @Test
        void a_gestionnaire_gets_an_empty_page() {
            appel(sante, 2025, 4);

            ConsulterCotisations.PageAppels page = lister(espace.acteurGestionnaire(), Optional.empty(),
                    FiltreAppels.AUCUN, Optional.empty(), 20);

            assertEquals(List.of(), page.page().elements());
            assertEquals(TotauxAppels.ZERO, page.totaux());
            assertEquals(List.of(), ids(espace.acteurGestionnaire(), Optional.of(entreprise.id()),
                    FiltreAppels.AUCUN));
        }
    }

    @Nested
    class Export {

        @Test
        void the_export_holds_every_appel_of_the_filter_in_list_order_with_the_totals() {
            AppelDeCotisation premier = appel(sante, 2025, 1);
            AppelDeCotisation second = appel(prevoyance, 2025, 2);
            appel(sante, 2024, 1);

            ConsulterCotisations.Export export = consulter.exporter(espace.acteurEntreprise(entreprise),
                    Optional.of(entreprise.id()), FiltreAppels.de(null, "2025", null));

            assertEquals(List.of(second.id(), premier.id()), export.appels().stream().map(AppelResume::id).toList());
            assertEquals(new TotauxAppels(Montant.euros("3000"), Montant.ZERO), export.totaux());
            assertEquals(List.of(ConsulterCotisations.EXPORT_MAX + 1), espace.lectureCotisations.limitesDemandees());
        }

        @Test
        void an_export_of_more_than_10000_appels_is_refused_so_that_the_filter_be_narrowed() {
            LocalDate echeance = LocalDate.of(2020, 1, 15);
            for (int i = 0; i <= ConsulterCotisations.EXPORT_MAX; i++) {
                espace.appel(UnAppelDeCotisation.sur(sante.id()).echeance(echeance.plusDays(i % 365)));
            }

            RegleMetierException erreur = assertThrows(RegleMetierException.class, () -> consulter.exporter(
                    espace.acteurEntreprise(entreprise), Optional.of(entreprise.id()), FiltreAppels.AUCUN));

            assertEquals("cotisation.export.trop_volumineux", erreur.code());
            assertEquals(Map.of("max", 10_000), erreur.parametres());
        }

        @Test
        void exactly_10000_appels_are_exported() {
            for (int i = 0; i < ConsulterCotisations.EXPORT_MAX; i++) {
                espace.appel(UnAppelDeCotisation.sur(sante.id()));
            }

            assertEquals(10_000, consulter.exporter(espace.acteurEntreprise(entreprise), Optional.empty(),
                    FiltreAppels.AUCUN).appels().size());
        }

        @Test
        void an_export_outside_the_perimetre_does_not_exist() {
            espace.mandat(courtier, sante);

            assertIntrouvable("entreprise.introuvable", () -> consulter.exporter(espace.acteurMandataire(courtier),
                    Optional.of(autreEntreprise.id()), FiltreAppels.AUCUN));
            assertIntrouvable("contrat.introuvable", () -> consulter.exporter(espace.acteurMandataire(courtier),
                    Optional.empty(), FiltreAppels.de(prevoyance.id().toString(), null, null)));
        }
    }

    @Nested
    class Fiche {

        @Test
        void an_appel_shows_its_line_and_its_paiements_oldest_first() {
            AppelDeCotisation appel = espace.appel(UnAppelDeCotisation.sur(sante.id()).montantAppele("1500")
                    .payeLe(LocalDate.of(2024, 4, 10), "500")
                    .payeLe(LocalDate.of(2024, 4, 2), "300"));

            ConsulterCotisations.FicheAppel fiche = consulter.consulter(espace.acteurEntreprise(entreprise),
                    appel.id());

            assertEquals(appel.id(), fiche.appel().id());
            assertEquals(Montant.euros("800"), fiche.appel().montantPaye());
            assertEquals(EtatAppel.EN_RETARD, fiche.appel().etat());
            assertEquals(List.of(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 10)),
                    fiche.paiements().stream().map(Paiement::date).toList());
        }

        @Test
        void an_appel_outside_the_perimetre_does_not_exist_but_a_gestionnaire_reads_it() {
            espace.mandat(courtier, sante);
            AppelDeCotisation horsMandat = appel(prevoyance, 2025, 1);
            AppelDeCotisation dAutrui = appel(contratDAutrui, 2025, 1);

            assertIntrouvable("cotisation.introuvable",
                    () -> consulter.consulter(espace.acteurMandataire(courtier), horsMandat.id()));
            assertIntrouvable("cotisation.introuvable",
                    () -> consulter.consulter(espace.acteurEntreprise(entreprise), dAutrui.id()));
            assertIntrouvable("cotisation.introuvable",
                    () -> consulter.consulter(espace.acteurEntreprise(entreprise), AppelDeCotisationId.nouveau()));
            assertEquals(dAutrui.id(), consulter.consulter(espace.acteurGestionnaire(), dAutrui.id()).appel().id());
        }
    }
}
