package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.compte.ActeursFactices;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import fr.espaceentreprise.domain.perimetre.Acteur;

/**
 * The rubrique Téléchargement wired on in-memory fakes, over an {@link EspaceComptes} (clock, transactions,
 * accounts, audit journal). One per test:
 *
 * <pre>
 * EspaceDocuments espace = new EspaceDocuments();
 * Document guide = espace.publie(UnDocument.guide());
 * Acteur gestionnaire = espace.gestionnaire();
 * espace.gererDocuments().retirer(new GererDocuments.Retrait(gestionnaire, guide.id(), EspaceDocuments.IP));
 * </pre>
 *
 * A web test logs in with {@link #compteEntreprise()} (10000001) or {@link #compteGestionnaire()} (90000001),
 * password {@link EspaceComptes#MOT_DE_PASSE}.
 */
public final class EspaceDocuments {

    public static final AdresseIp IP = EspaceComptes.IP;

    public final EspaceComptes comptes;
    public final DocumentsEnMemoire documents;

    public EspaceDocuments() {
        this(new EspaceComptes());
    }

    public EspaceDocuments(EspaceComptes comptes) {
        this.comptes = comptes;
        this.documents = new DocumentsEnMemoire(comptes.transactions);
    }

    public ConsulterDocuments consulterDocuments() {
        return new ConsulterDocumentsService(documents, documents, comptes.transactions);
    }

    public GererDocuments gererDocuments() {
        return new GererDocumentsService(documents, documents, comptes.journal, comptes.transactions,
                comptes.horloge);
    }

    /** A document already published (test setup, no audit line). */
    public Document publie(UnDocument document) {
        return documents.ajouter(document.build());
    }

    public Utilisateur compteEntreprise() {
        return comptes.compteActif();
    }

    public Utilisateur compteGestionnaire() {
        return comptes.gestionnaire();
    }

    public Acteur entreprise(Langue langue) {
        Utilisateur compte = UnUtilisateur.entreprise().numeroAdherent("10000002").langue(langue).build();
        return ActeursFactices.acteur(compte);
    }

    public Acteur gestionnaire() {
        return ActeursFactices.acteur(UnUtilisateur.gestionnaire().numeroAdherent("90000002").build());
    }

    /** Publishes through the use case, as the back office does. */
    public DocumentId publier(Acteur acteur, CategorieDocument categorie, String titre, byte[] contenu) {
        return gererDocuments().publier(new GererDocuments.Publication(acteur, categorie, titre, titre + " (EN)",
                "Description de " + titre, "Description of " + titre, Langue.FR, titre + ".pdf", contenu, IP));
    }
}
