package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.contenu.DocumentRepository;
import fr.espaceentreprise.application.contenu.LectureDocuments;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The documents of the rubrique Téléchargement in the demo: small PDFs of our own (written by
 * {@code bootstrap/src/build/GenererDocumentsDemo.java}, kept under {@code demo/documents/}), at least one per
 * category, most in French and in English. Published while the rubrique is empty, so a portal seeded before the
 * rubrique existed gets them too.
 */
public final class DocumentsDemo {

    private static final String DOSSIER = "/demo/documents/";

    /** One demo document: its file under {@value #DOSSIER} and what the rubrique shows of it. */
    record Fiche(String fichier, CategorieDocument categorie, Langue langue, String titreFr, String titreEn,
            String descriptionFr, String descriptionEn) {
    }

    static final List<Fiche> FICHES = List.of(
            new Fiche("guide-protection-sociale-expatrie.pdf", CategorieDocument.GUIDE_PRATIQUE, Langue.FR,
                    "Guide de la protection sociale de l’expatrié", "Guide to social protection abroad (French)",
                    "Détachement ou expatriation, ce que couvre le pack expatrié, et les démarches avant, pendant et après la mission.",
                    "Posting or expatriation, what the expatriate pack covers, and what to do before, during and after the assignment. In French."),
            new Fiche("guide-social-protection-expatriates.pdf", CategorieDocument.GUIDE_PRATIQUE, Langue.EN,
                    "Guide de la protection sociale de l’expatrié (anglais)", "Guide to social protection for expatriate employees",
                    "Le même guide, en anglais, à remettre aux salariés qui ne lisent pas le français.",
                    "Posting or expatriation, what the expatriate pack covers, and what to do before, during and after the assignment."),
            new Fiche("mandat-prelevement-sepa.pdf", CategorieDocument.PAIEMENT_COTISATIONS, Langue.FR,
                    "Mandat de prélèvement SEPA", "SEPA direct debit mandate (French)",
                    "À signer et renvoyer pour payer les appels de cotisations par prélèvement.",
                    "To sign and send back to pay contribution calls by direct debit. In French."),
            new Fiche("sepa-direct-debit-mandate.pdf", CategorieDocument.PAIEMENT_COTISATIONS, Langue.EN,
                    "Mandat de prélèvement SEPA (anglais)", "SEPA direct debit mandate",
                    "Le mandat de prélèvement, en anglais, pour une banque hors de France.",
                    "To sign and send back to pay contribution calls by direct debit."),
            new Fiche("payer-cotisations-virement.pdf", CategorieDocument.PAIEMENT_COTISATIONS, Langue.FR,
                    "Payer ses cotisations par virement", "Paying contributions by bank transfer (French)",
                    "Quelle référence indiquer pour qu’un virement soit rapproché de son appel de cotisations.",
                    "Which reference to give so that a transfer is matched with its contribution call. In French."),
            new Fiche("questionnaire-medical-pack-expatrie.pdf", CategorieDocument.QUESTIONNAIRE_MEDICAL, Langue.FR,
                    "Questionnaire médical du pack expatrié", "Medical questionnaire of the expatriate pack (French)",
                    "À remplir par le salarié à l’adhésion, et à envoyer sous pli fermé au médecin-conseil.",
                    "Filled in by the employee when joining, and sent in a sealed envelope to the medical adviser. In French."),
            new Fiche("medical-questionnaire-expatriate-pack.pdf", CategorieDocument.QUESTIONNAIRE_MEDICAL, Langue.EN,
                    "Questionnaire médical du pack expatrié (anglais)", "Medical questionnaire of the expatriate pack",
                    "Le questionnaire médical, en anglais.",
                    "Filled in by the employee when joining, and sent in a sealed envelope to the medical adviser."),
            new Fiche("feuille-de-soins-etranger.pdf", CategorieDocument.FEUILLE_DE_SOINS, Langue.FR,
                    "Feuille de soins pour les soins reçus à l’étranger", "Claim form for care abroad (French)",
                    "Une feuille par personne soignée et par praticien, avec les factures acquittées.",
                    "One form per patient and per practitioner, with the paid invoices. In French."),
            new Fiche("claim-form-care-abroad.pdf", CategorieDocument.FEUILLE_DE_SOINS, Langue.EN,
                    "Feuille de soins pour les soins reçus à l’étranger (anglais)", "Claim form for care abroad",
                    "La feuille de soins, en anglais.",
                    "One form per patient and per practitioner, with the paid invoices."),
            new Fiche("demande-entente-prealable.pdf", CategorieDocument.ENTENTE_PREALABLE, Langue.FR,
                    "Demande d’entente préalable", "Prior approval request (French)",
                    "Pour les soins soumis à accord : à faire remplir par le praticien 15 jours avant les soins.",
                    "For care that needs approval: filled in by the practitioner 15 days before care starts. In French."),
            new Fiche("prior-approval-request.pdf", CategorieDocument.ENTENTE_PREALABLE, Langue.EN,
                    "Demande d’entente préalable (anglais)", "Prior approval request",
                    "La demande d’entente préalable, en anglais, pour un praticien hors de France.",
                    "For care that needs approval: filled in by the practitioner 15 days before care starts."));

    private final Transactions transactions;
    private final DocumentRepository documents;
    private final LectureDocuments lecture;

    public DocumentsDemo(Stockage stockage) {
        this.transactions = stockage.transactions();
        this.documents = stockage.documents();
        this.lecture = stockage.lectureDocuments();
    }

    /**
     * Publishes the demo documents, dated a few days before {@code maintenant}, unless some document is published.
     *
     * @return how many were published
     */
    public int publier(Instant maintenant) {
        return transactions.enTransaction(() -> {
            if (!lecture.lister().isEmpty()) {
                return 0;
            }
            Instant jour = maintenant.truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < FICHES.size(); i++) {
                Fiche fiche = FICHES.get(i);
                documents.enregistrer(Document.publier(DocumentId.nouveau(), fiche.categorie(), fiche.titreFr(),
                        fiche.titreEn(), fiche.descriptionFr(), fiche.descriptionEn(), fiche.langue(),
                        fiche.fichier(), lire(fiche.fichier()), jour.minus(Duration.ofDays(30L - i))));
            }
            return FICHES.size();
        });
    }

    static byte[] lire(String fichier) {
        try (InputStream flux = DocumentsDemo.class.getResourceAsStream(DOSSIER + fichier)) {
            if (flux == null) {
                throw new IllegalStateException("demo document missing from the classpath: " + DOSSIER + fichier);
            }
            return flux.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
