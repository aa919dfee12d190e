package fr.espaceentreprise.adapters.persistence.demande;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.demande.PieceJointeResume;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.TypePieceJointe;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class JooqPiecesJointesRepositoryTest {

    private static final Instant SOUMISE_LE = Instant.parse("2025-06-02T09:15:30.123456Z");
    private static final Instant REPONDUE_LE = SOUMISE_LE.plus(Duration.ofDays(2));

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqPiecesJointesRepository pieces = new JooqPiecesJointesRepository(dsl);
    private final Entreprise entreprise = Demandeurs.uneEntreprise(dsl, "Atlas Ingénierie");
    private final UtilisateurId auteur = Demandeurs.unCompteDe(dsl, entreprise);
    private final Demande demande = enregistrer();
    private final Demande autre = enregistrer();

    @Test
    void a_file_comes_back_with_its_name_type_and_every_byte_intact() {
        PieceJointe pdf = PieceJointe.recevoir(PieceJointeId.nouveau(), "Kbis 2025.pdf", pdfDe(tousLesOctets()));

        pieces.ajouter(demande.id(), SOUMISE_LE, List.of(pdf));

        PieceJointe lue = pieces.trouver(demande.id(), pdf.id()).orElseThrow();
        assertEquals(pdf, lue);
        assertArrayEquals(pdfDe(tousLesOctets()), lue.contenu());
        assertEquals("Kbis 2025.pdf", lue.nomFichier());
        assertEquals(TypePieceJointe.PDF, lue.type());
    }

    @Test
    void a_file_is_not_found_through_another_demande() {
        PieceJointe pdf = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.pdf", pdfDe(new byte[]{1}));
        pieces.ajouter(demande.id(), SOUMISE_LE, List.of(pdf));

        assertEquals(Optional.empty(), pieces.trouver(autre.id(), pdf.id()));
        assertEquals(Optional.empty(), pieces.trouver(demande.id(), PieceJointeId.nouveau()));
        assertEquals(List.of(), pieces.listerDe(autre.id()));
    }

    @Test
    void lists_the_files_of_the_demande_by_instant_then_name_then_id_with_their_size() {
        PieceJointe reponse = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.png", png(10));
        PieceJointe b = PieceJointe.recevoir(PieceJointeId.nouveau(), "b.pdf", pdfDe(new byte[100]));
        PieceJointe a = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.jpg", jpeg(3));
        PieceJointe homonyme1 = PieceJointe.recevoir(new PieceJointeId(
                UUID.fromString("00000000-0000-4000-8000-000000000001")), "c.pdf", pdfDe(new byte[1]));
        PieceJointe homonyme2 = PieceJointe.recevoir(new PieceJointeId(
                UUID.fromString("f0000000-0000-4000-8000-000000000001")), "c.pdf", pdfDe(new byte[2]));
        pieces.ajouter(demande.id(), REPONDUE_LE, List.of(reponse));
        pieces.ajouter(demande.id(), SOUMISE_LE, List.of(homonyme2, b, homonyme1, a));
        pieces.ajouter(autre.id(), SOUMISE_LE, List.of(PieceJointe.recevoir(PieceJointeId.nouveau(), "z.png", png(1))));

        assertEquals(List.of(
                new PieceJointeResume(a.id(), "a.jpg", TypePieceJointe.JPEG, a.taille(), SOUMISE_LE),
                new PieceJointeResume(b.id(), "b.pdf", TypePieceJointe.PDF, 105, SOUMISE_LE),
                new PieceJointeResume(homonyme1.id(), "c.pdf", TypePieceJointe.PDF, 6, SOUMISE_LE),
                new PieceJointeResume(homonyme2.id(), "c.pdf", TypePieceJointe.PDF, 7, SOUMISE_LE),
                new PieceJointeResume(reponse.id(), "a.png", TypePieceJointe.PNG, reponse.taille(), REPONDUE_LE)),
                pieces.listerDe(demande.id()));
    }

    @Test
    void the_database_keeps_a_file_of_5_mib_and_refuses_one_byte_more() {
        PieceJointe limite = PieceJointe.rehydrater(PieceJointeId.nouveau(), "limite.pdf", TypePieceJointe.PDF,
                new byte[PieceJointe.TAILLE_MAX]);
        PieceJointe tropLourde = PieceJointe.rehydrater(PieceJointeId.nouveau(), "lourde.pdf", TypePieceJointe.PDF,
                new byte[PieceJointe.TAILLE_MAX + 1]);

        pieces.ajouter(demande.id(), SOUMISE_LE, List.of(limite));

        assertEquals(PieceJointe.TAILLE_MAX, pieces.trouver(demande.id(), limite.id()).orElseThrow().taille());
        assertThrows(DataAccessException.class, () -> pieces.ajouter(demande.id(), SOUMISE_LE, List.of(tropLourde)));
    }

    @Test
    void a_file_must_belong_to_a_stored_demande() {
        PieceJointe pdf = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.pdf", pdfDe(new byte[]{1}));

        assertThrows(DataAccessException.class,
                () -> pieces.ajouter(UneDemande.autre().build().id(), SOUMISE_LE, List.of(pdf)));
    }

    private Demande enregistrer() {
        Demande nouvelle = UneDemande.autre().pour(entreprise.id()).par(auteur).soumiseLe(SOUMISE_LE).build();
        new JooqDemandeRepository(dsl).enregistrer(nouvelle);
        return nouvelle;
    }

    private static byte[] tousLesOctets() {
        byte[] octets = new byte[512];
        for (int i = 0; i < octets.length; i++) {
            octets[i] = (byte) i;
        }
        return octets;
    }

    private static byte[] pdfDe(byte[] suite) {
        byte[] entete = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        byte[] contenu = Arrays.copyOf(entete, entete.length + suite.length);
        System.arraycopy(suite, 0, contenu, entete.length, suite.length);
        return contenu;
    }

    private static byte[] png(int octetsDeDonnees) {
        return Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 8 + octetsDeDonnees);
    }

    private static byte[] jpeg(int octetsDeDonnees) {
        return Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 3 + octetsDeDonnees);
    }
}
