package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Langue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test-data builder: {@code UnDocument.guide().intitule("Guide", "Guide").build()}. */
public final class UnDocument {

    /** The smallest content the domain takes for a PDF. */
    public static final byte[] OCTETS_PDF = "%PDF-1.4\n% document\n".getBytes(StandardCharsets.US_ASCII);
    public static final Instant PUBLIE_LE = Instant.parse("2026-01-15T09:00:00Z");

    private DocumentId id = DocumentId.nouveau();
    private CategorieDocument categorie;
    private String titreFr = "Guide de l'expatrié";
    private String titreEn = "Expatriate's guide";
    private String descriptionFr = "Ce qu'il faut savoir avant le départ.";
    private String descriptionEn = "What to know before leaving.";
    private Langue langue = Langue.FR;
    private String nomFichier = "guide.pdf";
    private byte[] contenu = OCTETS_PDF;
    private Instant publieLe = PUBLIE_LE;

    private UnDocument(CategorieDocument categorie) {
        this.categorie = categorie;
    }

    public static UnDocument guide() {
        return new UnDocument(CategorieDocument.GUIDE_PRATIQUE);
    }

    public static UnDocument de(CategorieDocument categorie) {
        return new UnDocument(categorie);
    }

    public UnDocument id(DocumentId valeur) {
        this.id = valeur;
        return this;
    }

    public UnDocument intitule(String fr, String en) {
        this.titreFr = fr;
        this.titreEn = en;
        return this;
    }

    public UnDocument decrit(String fr, String en) {
        this.descriptionFr = fr;
        this.descriptionEn = en;
        return this;
    }

    public UnDocument enLangue(Langue valeur) {
        this.langue = valeur;
        return this;
    }

    public UnDocument nomme(String valeur) {
        this.nomFichier = valeur;
        return this;
    }

    public UnDocument contenu(byte[] valeur) {
        this.contenu = valeur;
        return this;
    }

    public UnDocument publieLe(Instant valeur) {
        this.publieLe = valeur;
        return this;
    }

    public Document build() {
        return Document.publier(id, categorie, titreFr, titreEn, descriptionFr, descriptionEn, langue, nomFichier,
                contenu, publieLe);
    }
}
