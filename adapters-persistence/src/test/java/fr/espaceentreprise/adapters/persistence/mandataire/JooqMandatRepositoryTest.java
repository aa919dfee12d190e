package fr.espaceentreprise.adapters.persistence.mandataire;

import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** The database's own refusal; the port's meaning is MandatRepositoryContract's. */
class JooqMandatRepositoryTest {

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    @Test
    void refuses_a_mandat_on_a_contrat_that_does_not_exist() {
        Mandataire mandataire = UnMandataire.parDefaut().build();
        Entreprise entreprise = UneEntreprise.parDefaut().build();
        new JooqMandataireRepository(dsl).enregistrer(mandataire);
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        Mandat mandat = UnMandat.de(mandataire.id()).pourEntreprise(entreprise.id())
                .surContrats(ContratId.nouveau()).build();

        assertThrows(DataAccessException.class, () -> new JooqMandatRepository(dsl).enregistrer(mandat));
    }
}
