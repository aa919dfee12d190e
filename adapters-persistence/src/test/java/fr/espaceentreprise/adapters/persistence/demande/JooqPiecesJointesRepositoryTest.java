package fr.espaceentreprise.adapters.persistence.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.TypePieceJointe;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** What the table of files adds to the contract (PiecesJointesRepositoryContract): its bound and its foreign key. */
class JooqPiecesJointesRepositoryTest {

    private static final Instant SOUMISE_LE = Instant.parse("2025-06-02T09:15:30.123456Z");

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqPiecesJointesRepository pieces = new JooqPiecesJointesRepository(dsl);
    private final Entreprise entreprise = Demandeurs.uneEntreprise(dsl, "Atlas Ingénierie");
    private final Demande demande = UneDemande.autre().pour(entreprise.id())
            .par(Demandeurs.unCompteDe(dsl, entreprise)).soumiseLe(SOUMISE_LE).build();

    JooqPiecesJointesRepositoryTest() {
        new JooqDemandeRepository(dsl).enregistrer(demande);
    }

    @Test
    void the_database_keeps_a_file_of_5_mib_and_refuses_one_byte_more() {
        PieceJointe limite = pdf(PieceJointe.TAILLE_MAX);
        PieceJointe tropLourde = pdf(PieceJointe.TAILLE_MAX + 1);

        pieces.ajouter(demande.id(), SOUMISE_LE, List.of(limite));

        assertEquals(PieceJointe.TAILLE_MAX, pieces.trouver(demande.id(), limite.id()).orElseThrow().taille());
        assertThrows(DataAccessException.class, () -> pieces.ajouter(demande.id(), SOUMISE_LE, List.of(tropLourde)));
    }

    @Test
    void a_file_must_belong_to_a_stored_demande() {
        assertThrows(DataAccessException.class,
                () -> pieces.ajouter(UneDemande.autre().build().id(), SOUMISE_LE, List.of(pdf(1))));
    }

    /** Past the domain's checks, as a row could be written by another way. */
    private static PieceJointe pdf(int taille) {
        return PieceJointe.rehydrater(PieceJointeId.nouveau(), "a.pdf", TypePieceJointe.PDF, new byte[taille]);
    }
}
