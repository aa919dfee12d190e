package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.DocumentId;
import fr.espaceentreprise.domain.contenu.UnDocument;
import fr.espaceentreprise.domain.perimetre.Acteur;

/**
 * The rubrique Téléchargement in the world of an {@link EspaceComptes} (same {@link PortsEnMemoire} and
 * {@link EspaceEntreprise}). One per test:
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
    private int comptesEntreprise;

    public EspaceDocuments() {
        this(new EspaceComptes());
    }

    public EspaceDocuments(EspaceComptes comptes) {
        this.comptes = comptes;
        this.documents = comptes.ports().documents;
    }

    public PortsEnMemoire ports() {
        return comptes.ports();
    }

    public EspaceEntreprise espace() {
        return comptes.espace();
    }

    public ConsulterDocuments consulterDocuments() {
        return espace().contenus().documents();
    }

    public GererDocuments gererDocuments() {
        return espace().gestion().documents();
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

    /** The actor of a new account of an entreprise, reading in {@code langue}. */
    public Acteur entreprise(Langue langue) {
        comptesEntreprise++;
        return comptes.acteur(comptes.compteActif(UnUtilisateur.entreprise()
                .numeroAdherent(String.valueOf(10_000_001 + comptesEntreprise)).langue(langue)));
    }

    /** The actor of a gestionnaire's account (one per fixture, 90000002). */
    public Acteur gestionnaire() {
        NumeroAdherent numero = new NumeroAdherent("90000002");
        return comptes.acteur(comptes.utilisateurs.trouverParNumeroAdherent(numero).orElseGet(() ->
                comptes.compteActif(UnUtilisateur.gestionnaire().numeroAdherent(numero.valeur()))));
    }

    /** Publishes through the use case, as the back office does. */
    public DocumentId publier(Acteur acteur, CategorieDocument categorie, String titre, byte[] contenu) {
        return gererDocuments().publier(new GererDocuments.Publication(acteur, categorie, titre, titre + " (EN)",
                "Description de " + titre, "Description of " + titre, Langue.FR, titre + ".pdf", contenu, IP));
    }
}
