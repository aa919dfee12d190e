package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ConsulterDocumentsService implements ConsulterDocuments {

    private final DocumentRepository documents;
    private final LectureDocuments lecture;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterDocumentsService(DocumentRepository documents, LectureDocuments lecture,
                                     ControleAcces acces, Transactions transactions) {
        this.documents = documents;
        this.lecture = lecture;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public List<Rayon> lister(Acteur acteur) {
        Objects.requireNonNull(acteur, "acteur");
        acces.exigerRubrique(acteur, Rubrique.TELECHARGEMENTS);
        Langue langue = acteur.langue();
        Map<CategorieDocument, List<DocumentResume>> parCategorie = new EnumMap<>(CategorieDocument.class);
        transactions.enTransaction(lecture::lister).forEach(document ->
                parCategorie.computeIfAbsent(document.categorie(), categorie -> new ArrayList<>()).add(document));
        Comparator<DocumentResume> parTitre = Comparator
                .comparing((DocumentResume document) -> CleDeTri.de(document.titre(langue)))
                .thenComparing(document -> document.titre(langue))
                .thenComparing(document -> document.id().toString());
        return parCategorie.entrySet().stream()
                .map(rayon -> new Rayon(rayon.getKey(), rayon.getValue().stream().sorted(parTitre).toList()))
                .toList();
    }

    @Override
    public Document telecharger(Acteur acteur, DocumentId id) {
        Objects.requireNonNull(acteur, "acteur");
        acces.exigerRubrique(acteur, Rubrique.TELECHARGEMENTS);
        Objects.requireNonNull(id, "id");
        return transactions.enTransaction(() -> documents.trouver(id)).orElseThrow(Introuvables::document);
    }
}
