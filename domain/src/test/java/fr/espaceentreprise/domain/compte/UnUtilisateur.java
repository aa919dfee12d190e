package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.MandataireId;

/**
 * Test-data builder: {@code UnUtilisateur.entreprise(entrepriseId).nomme("Durand").suspendu().build()}.
 * Creates through {@link Utilisateur#creer}; a non-active statut is then applied through rehydration.
 */
public final class UnUtilisateur {

    private UtilisateurId id = UtilisateurId.nouveau();
    private String numeroAdherent = "12345678";
    private final Profil profil;
    private final EntrepriseId entrepriseId;
    private final MandataireId mandataireId;
    private String nom = "Durand";
    private String prenom = "Camille";
    private String email = "camille.durand@example.fr";
    private Langue langue = Langue.FR;
    private StatutCompte statut = StatutCompte.ACTIF;

    private UnUtilisateur(Profil profil, EntrepriseId entrepriseId, MandataireId mandataireId) {
        this.profil = profil;
        this.entrepriseId = entrepriseId;
        this.mandataireId = mandataireId;
    }

    public static UnUtilisateur entreprise(EntrepriseId entrepriseId) {
        return new UnUtilisateur(Profil.ENTREPRISE, entrepriseId, null);
    }

    public static UnUtilisateur entreprise() {
        return entreprise(EntrepriseId.nouveau());
    }

    public static UnUtilisateur mandataire(MandataireId mandataireId) {
        return new UnUtilisateur(Profil.MANDATAIRE, null, mandataireId);
    }

    public static UnUtilisateur mandataire() {
        return mandataire(MandataireId.nouveau());
    }

    public static UnUtilisateur gestionnaire() {
        return new UnUtilisateur(Profil.GESTIONNAIRE, null, null);
    }

    public UnUtilisateur id(UtilisateurId id) {
        this.id = id;
        return this;
    }

    public UnUtilisateur numeroAdherent(String numeroAdherent) {
        this.numeroAdherent = numeroAdherent;
        return this;
    }

    public UnUtilisateur nomme(String nom) {
        this.nom = nom;
        return this;
    }

    public UnUtilisateur prenomme(String prenom) {
        this.prenom = prenom;
        return this;
    }

    public UnUtilisateur email(String email) {
        this.email = email;
        return this;
    }

    public UnUtilisateur langue(Langue langue) {
        this.langue = langue;
        return this;
    }

    public UnUtilisateur suspendu() {
        this.statut = StatutCompte.SUSPENDU;
        return this;
    }

    public UnUtilisateur supprime() {
        this.statut = StatutCompte.SUPPRIME;
        return this;
    }

    public Utilisateur build() {
        Utilisateur cree = Utilisateur.creer(id, new NumeroAdherent(numeroAdherent), profil, entrepriseId,
                mandataireId, nom, prenom, new Email(email), langue);
        if (statut == StatutCompte.ACTIF) {
            return cree;
        }
        return Utilisateur.rehydrater(cree.id(), cree.numeroAdherent(), cree.profil(),
                cree.entrepriseId().orElse(null), cree.mandataireId().orElse(null), cree.nom(), cree.prenom(),
                cree.email(), cree.langue(), statut);
    }
}
