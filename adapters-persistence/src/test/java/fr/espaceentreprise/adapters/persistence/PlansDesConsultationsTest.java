package fr.espaceentreprise.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.cotisation.JooqLectureCotisations;
import fr.espaceentreprise.adapters.persistence.demande.JooqLectureDemandes;
import fr.espaceentreprise.adapters.persistence.demande.JooqLectureSuiviDemandes;
import fr.espaceentreprise.adapters.persistence.demande.JooqPiecesJointesRepository;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.adapters.persistence.salarie.JooqAttestationRepository;
import fr.espaceentreprise.adapters.persistence.salarie.JooqLectureSalaries;
import fr.espaceentreprise.application.cotisation.CurseurAppels;
import fr.espaceentreprise.application.cotisation.FiltreAppels;
import fr.espaceentreprise.application.demande.FiltreDemandes;
import fr.espaceentreprise.application.salarie.CurseurSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each query of the consultation's read side can be served by the index meant for it: the statement the adapter
 * really sends (captured, with its values) is explained with sequential scans made prohibitively expensive, and
 * the plan must name that index (or, where two serve equally well on an empty table, the start of their names). A
 * query that no longer says what the index holds (a state filter that does not imply the partial index's predicate,
 * a year filter written otherwise than the indexed expression, a sort key compared in another collation) falls back
 * to another plan and fails. The timings at volume are measured by the benchmark (bench/volume.sql), not here.
 */
class PlansDesConsultationsTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2025, 6, 15);
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private static final EntrepriseId ENTREPRISE = EntrepriseId.nouveau();
    private static final ContratId CONTRAT = ContratId.nouveau();
    private static final Set<EntrepriseId> ENTREPRISES = Set.of(ENTREPRISE, EntrepriseId.nouveau());
    private static final Set<ContratId> CONTRATS = Set.of(CONTRAT, ContratId.nouveau());

    static Stream<Arguments> requetes() {
        Optional<CurseurSalaries> apresDurand = Optional.of(new CurseurSalaries("durand", "anne", UUID.randomUUID()));
        Optional<CurseurChronologique> apresJuin =
                Optional.of(new CurseurChronologique(Instant.parse("2025-06-02T09:15:30Z"), UUID.randomUUID()));
        Optional<CurseurAppels> apresMars =
                Optional.of(new CurseurAppels(LocalDate.of(2025, 3, 15), UUID.randomUUID()));
        return Stream.of(
                requete("salariés after a cursor", "salarie_par_entreprise_et_nom_tri", espion ->
                        new JooqLectureSalaries(espion).lister(ENTREPRISE, Optional.empty(), FiltreSalaries.AUCUN,
                                apresDurand, 21, AUJOURDHUI)),
                requete("salariés by the start of the nom", "salarie_par_entreprise_et_nom_tri", espion ->
                        new JooqLectureSalaries(espion).lister(ENTREPRISE, Optional.empty(),
                                new FiltreSalaries(Optional.of("dur"), Optional.empty(), Optional.empty()),
                                Optional.empty(), 21, AUJOURDHUI)),
                requete("salariés of a country", "salarie_par_entreprise_pays_et_nom_tri", espion ->
                        new JooqLectureSalaries(espion).lister(ENTREPRISE, Optional.empty(),
                                new FiltreSalaries(Optional.empty(), Optional.empty(), Optional.of(new CodePays("SN"))),
                                apresDurand, 21, AUJOURDHUI)),
                requete("salariés of a mandataire's contrats", "affiliation_par_contrat_et_nom_tri", espion ->
                        new JooqLectureSalaries(espion).lister(ENTREPRISE, Optional.of(CONTRATS),
                                FiltreSalaries.AUCUN, apresDurand, 21, AUJOURDHUI)),
                requete("salariés of a contrat, of a country, by the start of the nom",
                        "affiliation_par_contrat_et_nom_tri", espion ->
                        new JooqLectureSalaries(espion).lister(ENTREPRISE, Optional.empty(), new FiltreSalaries(
                                Optional.of("dur"), Optional.of(CONTRAT), Optional.of(new CodePays("SN"))),
                                apresDurand, 21, AUJOURDHUI)),
                requete("contrats of each salarié of a page", "affiliation_par_salarie", espion ->
                        new JooqLectureSalaries(espion).lister(ENTREPRISE, Optional.empty(), FiltreSalaries.AUCUN,
                                Optional.empty(), 21, AUJOURDHUI)),
                requete("appels after a cursor", "appel_de_cotisation_par_contrat_et_echeance", espion ->
                        new JooqLectureCotisations(espion).lister(CONTRATS, FiltreAppels.AUCUN, apresMars, 21,
                                AUJOURDHUI)),
                requete("appels of a year", "appel_de_cotisation_par_contrat_annee_et_echeance", espion ->
                        new JooqLectureCotisations(espion).lister(CONTRATS, new FiltreAppels(Optional.empty(),
                                Optional.of(Year.of(2024)), Optional.empty()), apresMars, 21, AUJOURDHUI)),
                requete("appels en retard", "appel_de_cotisation_a_regler", espion ->
                        new JooqLectureCotisations(espion).lister(CONTRATS, etat(EtatAppel.EN_RETARD), apresMars, 21,
                                AUJOURDHUI)),
                requete("appels à payer", "appel_de_cotisation_a_regler", espion ->
                        new JooqLectureCotisations(espion).lister(CONTRATS, etat(EtatAppel.A_PAYER), apresMars, 21,
                                AUJOURDHUI)),
                requete("appels partiellement payés", "appel_de_cotisation_a_regler", espion ->
                        new JooqLectureCotisations(espion).lister(CONTRATS, etat(EtatAppel.PARTIELLEMENT_PAYE),
                                apresMars, 21, AUJOURDHUI)),
                requete("totals of appels", "appel_de_cotisation_par_contrat_", espion ->
                        new JooqLectureCotisations(espion).totaux(CONTRATS, FiltreAppels.AUCUN, AUJOURDHUI)),
                requete("appels à régler", "appel_de_cotisation_a_regler", espion ->
                        new JooqLectureCotisations(espion).aRegler(CONTRATS, AUJOURDHUI.plusDays(30), 5, AUJOURDHUI)),
                requete("demandes awaiting a reply", "demande_en_attente_de_retour", espion ->
                        new JooqLectureDemandes(espion).enAttenteDeRetour(Set.of(ENTREPRISE), 5)),
                requete("demandes of a mandataire's entreprises after a cursor", "demande_par_entreprise on", espion ->
                        new JooqLectureSuiviDemandes(espion).lister(ENTREPRISES, FiltreDemandes.AUCUN, apresJuin, 21)),
                requete("queue of the demandes en cours", "demande_par_statut", espion ->
                        new JooqLectureSuiviDemandes(espion).file(
                                FiltreDemandes.AUCUN.avecStatut(StatutDemande.EN_COURS), apresJuin, 21)),
                requete("queue of every demande", "demande_chronologique", espion ->
                        new JooqLectureSuiviDemandes(espion).file(FiltreDemandes.AUCUN, apresJuin, 21)),
                requete("queue of an entreprise", "demande_par_entreprise on", espion ->
                        new JooqLectureSuiviDemandes(espion).file(new FiltreDemandes(Optional.empty(),
                                Optional.empty(), Optional.of(ENTREPRISE)), apresJuin, 21)),
                requete("last event of each demande of a page", "demande_evenement_pkey", espion ->
                        new JooqLectureSuiviDemandes(espion).file(FiltreDemandes.AUCUN, apresJuin, 21)),
                requete("files of a demande", "piece_jointe_par_demande", espion ->
                        new JooqPiecesJointesRepository(espion).listerDe(DemandeId.nouveau())),
                requete("a file of a demande", "piece_jointe_pkey", espion ->
                        new JooqPiecesJointesRepository(espion).trouver(DemandeId.nouveau(), PieceJointeId.nouveau())),
                requete("attestation by its code", "attestation_pkey", espion ->
                        new JooqAttestationRepository(espion)
                                .trouverParCode(new CodeVerification("0123456789ABCDEFGHJK"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requetes")
    void the_query_can_be_served_by_its_index(String requete, String index, Consumer<DSLContext> appel) {
        List<String> plans = PlansDeRequetes.de(dsl, appel);

        assertTrue(plans.stream().anyMatch(plan -> plan.contains(index)), requete + ": " + plans);
    }

    private static FiltreAppels etat(EtatAppel etat) {
        return new FiltreAppels(Optional.empty(), Optional.empty(), Optional.of(etat));
    }

    private static Arguments requete(String nom, String index, Consumer<DSLContext> appel) {
        return Arguments.of(nom, index, appel);
    }

}
