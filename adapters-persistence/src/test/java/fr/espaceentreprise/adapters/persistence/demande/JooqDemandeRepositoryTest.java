package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE;
import static org.jooq.impl.DSL.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The row of a demande; what the repository means is its contract's (DemandeRepositoryContract). */
class JooqDemandeRepositoryTest {

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private static final Entreprise entreprise = Demandeurs.uneEntreprise(dsl, "Atlas Ingénierie");
    private static final UtilisateurId auteur = Demandeurs.unCompteDe(dsl, entreprise);

    @ParameterizedTest
    @EnumSource(TypeDemande.class)
    void the_type_is_a_column_of_its_own_and_not_repeated_in_the_json_of_the_contenu(TypeDemande type) {
        Demande demande = UneDemande.deType(type).pour(entreprise.id()).par(auteur).build();

        new JooqDemandeRepository(dsl).enregistrer(demande);

        assertEquals(type.name(), dsl.select(DEMANDE.TYPE).from(DEMANDE).where(DEMANDE.ID.eq(demande.id().valeur()))
                .fetchOne(DEMANDE.TYPE));
        assertFalse(dsl.select(field("jsonb_exists({0}, 'type')", Boolean.class, DEMANDE.CONTENU)).from(DEMANDE)
                .where(DEMANDE.ID.eq(demande.id().valeur())).fetchOne().value1());
    }
}
