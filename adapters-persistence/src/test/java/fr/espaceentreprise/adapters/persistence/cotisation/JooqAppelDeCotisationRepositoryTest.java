package fr.espaceentreprise.adapters.persistence.cotisation;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.APPEL_DE_COTISATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqAppelDeCotisationRepositoryTest {

    private static final Periode T1_2024 = Periode.trimestre(2024, 1);
    private static final LocalDate ECHEANCE = LocalDate.of(2024, 1, 31);

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqAppelDeCotisationRepository appels = new JooqAppelDeCotisationRepository(dsl);
    private final Contrat contrat;

    JooqAppelDeCotisationRepositoryTest() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        contrat = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2023, 1, 1)).build();
        new JooqContratRepository(dsl).enregistrer(contrat);
    }

    private UnAppelDeCotisation appel() {
        return UnAppelDeCotisation.sur(contrat.id()).periode(T1_2024).echeance(ECHEANCE).montantAppele("1 234,56");
    }

    @Test
    void finds_a_saved_appel_by_id_and_by_numero_de_quittance_with_its_paiements_in_order() {
        AppelDeCotisation appel = appel().build();
        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 2, 10), Montant.euros("1000"), "VIR-0042"));
        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 1, 20), Montant.centimes(1), null));

        appels.enregistrer(appel);

        assertMemeAppel(appel, appels.trouver(appel.id()).orElseThrow());
        assertMemeAppel(appel, appels.trouverParNumeroQuittance(appel.numeroQuittance()).orElseThrow());
    }

    @Test
    void saving_again_keeps_a_new_paiement_and_the_amounts_follow() {
        AppelDeCotisation appel = appel().build();
        appels.enregistrer(appel);

        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 1, 15), Montant.euros("234,56"), "PRLV SEPA"));
        appels.enregistrer(appel);

        AppelDeCotisation relu = appels.trouver(appel.id()).orElseThrow();
        assertMemeAppel(appel, relu);
        assertEquals(Montant.euros("1000"), relu.montantRestant());
    }

    @Test
    void keeps_beside_the_appel_the_sum_of_its_paiements_with_every_save() {
        AppelDeCotisation appel = appel().build();
        appels.enregistrer(appel);
        long avant = paye(appel);

        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 1, 15), Montant.euros("234,56"), null));
        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 1, 16), Montant.centimes(1), null));
        appels.enregistrer(appel);

        assertEquals(0L, avant);
        assertEquals(23_457L, paye(appel));
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_de_quittance() {
        appels.enregistrer(appel().build());

        assertEquals(Optional.empty(), appels.trouver(AppelDeCotisationId.nouveau()));
        assertEquals(Optional.empty(), appels.trouverParNumeroQuittance(new NumeroQuittance("INCONNUE-1")));
    }

    @Test
    void refuses_a_second_appel_with_the_same_numero_de_quittance() {
        AppelDeCotisation premier = appel().build();
        appels.enregistrer(premier);
        AppelDeCotisation doublon = appel().quittance(premier.numeroQuittance().valeur()).build();

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> appels.enregistrer(doublon));

        assertEquals("numeroQuittance.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroQuittance"), conflit.champ());
        assertEquals(Optional.empty(), appels.trouver(doublon.id()));
    }

    private static long paye(AppelDeCotisation appel) {
        return dsl.select(APPEL_DE_COTISATION.MONTANT_PAYE_CENTIMES).from(APPEL_DE_COTISATION)
                .where(APPEL_DE_COTISATION.ID.eq(appel.id().valeur())).fetchSingle().value1();
    }

    private static void assertMemeAppel(AppelDeCotisation attendu, AppelDeCotisation lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.contratId(), lu.contratId());
        assertEquals(attendu.numeroQuittance(), lu.numeroQuittance());
        assertEquals(attendu.periode(), lu.periode());
        assertEquals(attendu.echeance(), lu.echeance());
        assertEquals(attendu.montantAppele(), lu.montantAppele());
        assertEquals(attendu.paiements(), lu.paiements());
    }
}
