package fr.espaceentreprise.application.demande;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
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
import org.junit.jupiter.api.Test;

/**
 * {@link PiecesJointesRepository}: the files of a demande found only through it, listed without their bytes by
 * instant, name (code point by code point) and id.
 */
public abstract class PiecesJointesRepositoryContract extends PortContract {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Instant REPONDUE_LE = T0.plus(Duration.ofDays(2));

    private final Entreprise entreprise = uneEntreprise();
    private final UtilisateurId auteur = stocker(UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent(nouveauNumero().valeur()).build()).id();
    private final Demande demande = uneDemande();
    private final Demande autre = uneDemande();

    private Demande uneDemande() {
        Demande nouvelle = UneDemande.autre().pour(entreprise.id()).par(auteur).soumiseLe(T0).build();
        enTransaction(() -> stockage().demandes().enregistrer(nouvelle));
        return nouvelle;
    }

    private void ajouter(Demande a, Instant instant, PieceJointe... pieces) {
        enTransaction(() -> stockage().piecesJointes().ajouter(a.id(), instant, List.of(pieces)));
    }

    private Optional<PieceJointe> trouver(Demande de, PieceJointeId id) {
        return enTransaction(() -> stockage().piecesJointes().trouver(de.id(), id));
    }

    private List<PieceJointeResume> listerDe(Demande de) {
        return enTransaction(() -> stockage().piecesJointes().listerDe(de.id()));
    }

    @Test
    void a_file_comes_back_with_its_name_type_and_every_byte_intact() {
        PieceJointe pdf = PieceJointe.recevoir(PieceJointeId.nouveau(), "Kbis 2025.pdf", pdfDeTousLesOctets());

        ajouter(demande, T0, pdf);

        PieceJointe lue = trouver(demande, pdf.id()).orElseThrow();
        assertEquals(pdf, lue);
        assertArrayEquals(pdfDeTousLesOctets(), lue.contenu());
        assertEquals("Kbis 2025.pdf", lue.nomFichier());
        assertEquals(TypePieceJointe.PDF, lue.type());
    }

    @Test
    void a_file_is_not_found_through_another_demande() {
        PieceJointe pdf = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.pdf", fichier(PDF, 1));
        ajouter(demande, T0, pdf);

        assertEquals(Optional.empty(), trouver(autre, pdf.id()));
        assertEquals(Optional.empty(), trouver(demande, PieceJointeId.nouveau()));
        assertEquals(List.of(), listerDe(autre));
    }

    @Test
    void lists_the_files_of_the_demande_by_instant_then_name_then_id_with_their_size() {
        PieceJointe reponse = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.png", fichier(PNG, 10));
        PieceJointe b = PieceJointe.recevoir(PieceJointeId.nouveau(), "b.pdf", fichier(PDF, 100));
        PieceJointe a = PieceJointe.recevoir(PieceJointeId.nouveau(), "a.jpg", fichier(JPEG, 3));
        PieceJointe homonyme1 = PieceJointe.recevoir(new PieceJointeId(
                UUID.fromString("00000000-0000-4000-8000-000000000001")), "c.pdf", fichier(PDF, 1));
        PieceJointe homonyme2 = PieceJointe.recevoir(new PieceJointeId(
                UUID.fromString("f0000000-0000-4000-8000-000000000001")), "c.pdf", fichier(PDF, 2));
        ajouter(demande, REPONDUE_LE, reponse);
        ajouter(demande, T0, homonyme2, b, homonyme1, a);
        ajouter(autre, T0, PieceJointe.recevoir(PieceJointeId.nouveau(), "z.png", fichier(PNG, 1)));

        assertEquals(List.of(
                new PieceJointeResume(a.id(), "a.jpg", TypePieceJointe.JPEG, a.taille(), T0),
                new PieceJointeResume(b.id(), "b.pdf", TypePieceJointe.PDF, 105, T0),
                new PieceJointeResume(homonyme1.id(), "c.pdf", TypePieceJointe.PDF, 6, T0),
                new PieceJointeResume(homonyme2.id(), "c.pdf", TypePieceJointe.PDF, 7, T0),
                new PieceJointeResume(reponse.id(), "a.png", TypePieceJointe.PNG, reponse.taille(), REPONDUE_LE)),
                listerDe(demande));
    }

    @Test
    void names_are_compared_code_point_by_code_point_not_as_java_compares_strings() {
        PieceJointe horsDuPlanDeBase = PieceJointe.recevoir(PieceJointeId.nouveau(), "\uD840\uDC00.pdf",
                fichier(PDF, 1));
        PieceJointe pleineChasse = PieceJointe.recevoir(PieceJointeId.nouveau(), "\uFF21.pdf", fichier(PDF, 1));

        ajouter(demande, T0, horsDuPlanDeBase, pleineChasse);

        assertEquals(List.of(pleineChasse.id(), horsDuPlanDeBase.id()),
                listerDe(demande).stream().map(PieceJointeResume::id).toList(), "U+FF21 before U+20000");
    }

    /** {@code signature} followed by {@code octets} zero bytes. */
    private static byte[] fichier(byte[] signature, int octets) {
        return Arrays.copyOf(signature, signature.length + octets);
    }

    /** A PDF holding every byte value once after its signature. */
    private static byte[] pdfDeTousLesOctets() {
        byte[] contenu = fichier(PDF, 256);
        for (int octet = 0; octet < 256; octet++) {
            contenu[PDF.length + octet] = (byte) octet;
        }
        return contenu;
    }
}
