package fr.espaceentreprise.adapters.persistence.cotisation;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.APPEL_DE_COTISATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.LocalDate;
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

    private static long paye(AppelDeCotisation appel) {
        return dsl.select(APPEL_DE_COTISATION.MONTANT_PAYE_CENTIMES).from(APPEL_DE_COTISATION)
                .where(APPEL_DE_COTISATION.ID.eq(appel.id().valeur())).fetchSingle().value1();
    }

}
