package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.Clock;
import java.time.Instant;

public final class GererDocumentsService implements GererDocuments {

    private final DocumentRepository documents;
    private final LectureDocuments lecture;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public GererDocumentsService(DocumentRepository documents, LectureDocuments lecture, JournalAudit journal,
                                 ControleAcces acces, Transactions transactions, Clock horloge) {
        this.documents = documents;
        this.lecture = lecture;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public DocumentId publier(Publication publication) {
        acces.exigerGestionnaire(publication.acteur());
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            Document document = Document.publier(DocumentId.nouveau(), publication.categorie(),
                    publication.titreFr(), publication.titreEn(), publication.descriptionFr(),
                    publication.descriptionEn(), publication.langue(), publication.nomFichier(),
                    publication.contenu(), maintenant);
            documents.enregistrer(document);
            auditer(TypeEvenementAudit.DOCUMENT_PUBLIE, maintenant, publication.acteur(), publication.ip(),
                    document.id(), document.categorie());
            return document.id();
        });
    }

    @Override
    public void retirer(Retrait retrait) {
        acces.exigerGestionnaire(retrait.acteur());
        transactions.enTransaction(() -> {
            DocumentResume document = lecture.resume(retrait.id()).orElseThrow(Introuvables::document);
            if (!documents.effacer(retrait.id())) {
                throw Introuvables.document();
            }
            auditer(TypeEvenementAudit.DOCUMENT_RETIRE, horloge.instant(), retrait.acteur(), retrait.ip(),
                    document.id(), document.categorie());
        });
    }

    private void auditer(TypeEvenementAudit type, Instant instant, Acteur acteur, AdresseIp ip, DocumentId id,
                         CategorieDocument categorie) {
        journal.enregistrer(EvenementAudit.de(type, instant, acteur.utilisateurId(), null, ip,
                "document=" + id + " categorie=" + categorie));
    }
}
