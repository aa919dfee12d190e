package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentsServicesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    private final EspaceDocuments espace = new EspaceDocuments();
    private final Acteur gestionnaire = espace.gestionnaire();
    private final Acteur camille = espace.entreprise(Langue.FR);

    // --- consultation

    @Test
    void the_list_groups_by_category_in_their_order_and_sorts_by_title_in_the_readers_language() {
        Document feuille = espace.publie(UnDocument.de(CategorieDocument.FEUILLE_DE_SOINS)
                .intitule("Feuille de soins", "Claim form"));
        Document zebre = espace.publie(UnDocument.guide().intitule("Anglais : guide", "Zebra guide"));
        Document abeille = espace.publie(UnDocument.guide().intitule("Écoles à l'étranger", "Abroad schools"));

        List<ConsulterDocuments.Rayon> fr = espace.consulterDocuments().lister(camille);
        List<ConsulterDocuments.Rayon> en = espace.consulterDocuments().lister(espace.entreprise(Langue.EN));

        assertEquals(List.of(CategorieDocument.GUIDE_PRATIQUE, CategorieDocument.FEUILLE_DE_SOINS),
                fr.stream().map(ConsulterDocuments.Rayon::categorie).toList());
        assertEquals(List.of(zebre.id(), abeille.id()), ids(fr.get(0)));
        assertEquals(List.of(abeille.id(), zebre.id()), ids(en.get(0)));
        assertEquals(List.of(feuille.id()), ids(fr.get(1)));
    }

    @Test
    void an_empty_rubrique_lists_nothing() {
        assertEquals(List.of(), espace.consulterDocuments().lister(camille));
    }

    @Test
    void any_logged_in_user_downloads_the_bytes_of_a_document() {
        byte[] octets = "%PDF-1.7 guide".getBytes(StandardCharsets.US_ASCII);
        Document guide = espace.publie(UnDocument.guide().contenu(octets));

        assertArrayEquals(octets, espace.consulterDocuments().telecharger(camille, guide.id()).contenu());
        assertArrayEquals(octets, espace.consulterDocuments().telecharger(gestionnaire, guide.id()).contenu());
    }

    @Test
    void an_unknown_document_is_not_found() {
        IntrouvableException refus = assertThrows(IntrouvableException.class,
                () -> espace.consulterDocuments().telecharger(camille, DocumentId.nouveau()));

        assertEquals("document.introuvable", refus.code());
    }

    // --- back office

    @Test
    void a_gestionnaire_publishes_a_pdf_with_an_audit_line_in_the_same_transaction() {
        int transactions = espace.comptes.transactions.validees();

        DocumentId id = espace.publier(gestionnaire, CategorieDocument.ENTENTE_PREALABLE, "Entente",
                UnDocument.OCTETS_PDF);

        Document publie = espace.documents.trouver(id).orElseThrow();
        assertEquals(CategorieDocument.ENTENTE_PREALABLE, publie.categorie());
        assertEquals("Entente.pdf", publie.nomFichier());
        assertEquals(EspaceComptes.T0, publie.publieLe());
        EvenementAudit audit = espace.comptes.journal.seul();
        assertEquals(TypeEvenementAudit.DOCUMENT_PUBLIE, audit.type());
        assertEquals(Optional.of(gestionnaire.utilisateurId()), audit.utilisateurId());
        assertEquals(Optional.of("document=" + id + " categorie=ENTENTE_PREALABLE"), audit.detail());
        assertEquals(EspaceDocuments.IP, audit.ip());
        assertEquals(transactions + 1, espace.comptes.transactions.validees());
    }

    @Test
    void a_png_is_refused_and_nothing_is_written() {
        ValeurInvalideException refus = assertThrows(ValeurInvalideException.class,
                () -> espace.publier(gestionnaire, CategorieDocument.GUIDE_PRATIQUE, "Photo", PNG));

        assertEquals("document.type.interdit", refus.code());
        assertEquals(0, espace.documents.taille());
        assertEquals(List.of(), espace.comptes.journal.evenements());
    }

    @Test
    void a_front_office_user_can_neither_publish_nor_withdraw() {
        Document guide = espace.publie(UnDocument.guide());

        IntrouvableException publication = assertThrows(IntrouvableException.class,
                () -> espace.publier(camille, CategorieDocument.GUIDE_PRATIQUE, "Guide", UnDocument.OCTETS_PDF));
        IntrouvableException retrait = assertThrows(IntrouvableException.class,
                () -> espace.gererDocuments().retirer(new GererDocuments.Retrait(camille, guide.id(),
                        EspaceDocuments.IP)));

        assertEquals("ressource.introuvable", publication.code());
        assertEquals("ressource.introuvable", retrait.code());
        assertEquals(1, espace.documents.taille());
        assertEquals(List.of(), espace.comptes.journal.evenements());
    }

    @Test
    void a_gestionnaire_withdraws_a_document_with_an_audit_line() {
        Document guide = espace.publie(UnDocument.guide());
        Document autre = espace.publie(UnDocument.de(CategorieDocument.QUESTIONNAIRE_MEDICAL));

        espace.gererDocuments().retirer(new GererDocuments.Retrait(gestionnaire, guide.id(), EspaceDocuments.IP));

        assertEquals(Optional.empty(), espace.documents.trouver(guide.id()));
        assertTrue(espace.documents.trouver(autre.id()).isPresent());
        EvenementAudit audit = espace.comptes.journal.seul();
        assertEquals(TypeEvenementAudit.DOCUMENT_RETIRE, audit.type());
        assertEquals(Optional.of("document=" + guide.id() + " categorie=GUIDE_PRATIQUE"), audit.detail());
    }

    @Test
    void withdrawing_an_unknown_document_is_not_found_and_writes_nothing() {
        IntrouvableException refus = assertThrows(IntrouvableException.class,
                () -> espace.gererDocuments().retirer(new GererDocuments.Retrait(gestionnaire, DocumentId.nouveau(),
                        EspaceDocuments.IP)));

        assertEquals("document.introuvable", refus.code());
        assertEquals(List.of(), espace.comptes.journal.evenements());
    }

    private static List<DocumentId> ids(ConsulterDocuments.Rayon rayon) {
        return rayon.documents().stream().map(DocumentResume::id).toList();
    }
}
