package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;

import java.time.Instant;
import java.util.Objects;

/** What a list of documents shows of one: everything but its bytes. */
public record DocumentResume(DocumentId id, CategorieDocument categorie, String titreFr, String titreEn,
                             String descriptionFr, String descriptionEn, Langue langue, String nomFichier,
                             int taille, Instant publieLe) {

    public DocumentResume {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(titreFr, "titreFr");
        Objects.requireNonNull(titreEn, "titreEn");
        Objects.requireNonNull(descriptionFr, "descriptionFr");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(langue, "langue");
        Objects.requireNonNull(nomFichier, "nomFichier");
        Objects.requireNonNull(publieLe, "publieLe");
    }

    public static DocumentResume de(Document document) {
        return new DocumentResume(document.id(), document.categorie(), document.titreFr(), document.titreEn(),
                document.descriptionFr(), document.descriptionEn(), document.langue(), document.nomFichier(),
                document.taille(), document.publieLe());
    }

    /** The title in the reader's language. */
    public String titre(Langue lecteur) {
        return lecteur == Langue.EN ? titreEn : titreFr;
    }

    /** The description in the reader's language. */
    public String description(Langue lecteur) {
        return lecteur == Langue.EN ? descriptionEn : descriptionFr;
    }
}
