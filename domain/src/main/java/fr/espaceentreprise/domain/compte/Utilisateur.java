package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.MandataireId;

import java.util.Objects;
import java.util.Optional;

/**
 * A person with an account. An ENTREPRISE user is attached to exactly one entreprise, a MANDATAIRE user to
 * exactly one mandataire, a GESTIONNAIRE to neither.
 */
public final class Utilisateur {

    public static final int LONGUEUR_MAX_NOM = 80;
    /** What a deleted account keeps in place of the person's names. */
    public static final String ANONYME = "anonyme";

    private final UtilisateurId id;
    private final NumeroAdherent numeroAdherent;
    private final Profil profil;
    private final EntrepriseId entrepriseId;
    private final MandataireId mandataireId;
    private String nom;
    private String prenom;
    private Email email;
    private Langue langue;
    private StatutCompte statut;

    private Utilisateur(UtilisateurId id, NumeroAdherent numeroAdherent, Profil profil, EntrepriseId entrepriseId,
                        MandataireId mandataireId, String nom, String prenom, Email email, Langue langue,
                        StatutCompte statut) {
        this.id = Objects.requireNonNull(id, "id");
        this.numeroAdherent = numeroAdherent;
        this.profil = Objects.requireNonNull(profil, "profil");
        this.entrepriseId = entrepriseId;
        this.mandataireId = mandataireId;
        this.nom = nom;
        this.prenom = prenom;
        this.email = email;
        this.langue = langue;
        this.statut = Objects.requireNonNull(statut, "statut");
    }

    public static Utilisateur creer(UtilisateurId id, NumeroAdherent numeroAdherent, Profil profil,
                                    EntrepriseId entrepriseId, MandataireId mandataireId,
                                    String nom, String prenom, Email email, Langue langue) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(numeroAdherent, "numeroAdherent");
        Verifications.nonNul(profil, "profil");
        if (!rattachementCoherent(profil, entrepriseId, mandataireId)) {
            throw new ValeurInvalideException("utilisateur.rattachement.invalide", "profil");
        }
        return new Utilisateur(id, numeroAdherent, profil, entrepriseId, mandataireId,
                Verifications.texte(nom, "nom", LONGUEUR_MAX_NOM),
                Verifications.texte(prenom, "prenom", LONGUEUR_MAX_NOM),
                Verifications.nonNul(email, "email"),
                Verifications.nonNul(langue, "langue"),
                StatutCompte.ACTIF);
    }

    public static Utilisateur rehydrater(UtilisateurId id, NumeroAdherent numeroAdherent, Profil profil,
                                         EntrepriseId entrepriseId, MandataireId mandataireId,
                                         String nom, String prenom, Email email, Langue langue,
                                         StatutCompte statut) {
        return new Utilisateur(id, numeroAdherent, profil, entrepriseId, mandataireId, nom, prenom, email, langue,
                statut);
    }

    private static boolean rattachementCoherent(Profil profil, EntrepriseId entrepriseId, MandataireId mandataireId) {
        return switch (profil) {
            case ENTREPRISE -> entrepriseId != null && mandataireId == null;
            case MANDATAIRE -> mandataireId != null && entrepriseId == null;
            case GESTIONNAIRE -> entrepriseId == null && mandataireId == null;
        };
    }

    /** Blocks the account: it may no longer log in. Suspending a suspended account → "compte.deja_suspendu". */
    public void suspendre() {
        refuserSiSupprime();
        if (statut == StatutCompte.SUSPENDU) {
            throw new RegleMetierException("compte.deja_suspendu");
        }
        statut = StatutCompte.SUSPENDU;
    }

    /** Opens a suspended account again; an account that is not suspended → "compte.non_suspendu". */
    public void reactiver() {
        refuserSiSupprime();
        if (statut != StatutCompte.SUSPENDU) {
            throw new RegleMetierException("compte.non_suspendu");
        }
        statut = StatutCompte.ACTIF;
    }

    /**
     * Closes the account for good and forgets who held it: names and e-mail are replaced by placeholders (the
     * e-mail one unique to the account, under the reserved {@code .invalid} domain, so no mail can ever reach
     * anyone). The id, profil, rattachement and numéro d'adhérent stay, so the audit trail and the demandes keep
     * pointing at something; the numéro no longer opens anything. Deleting twice → "utilisateur.supprime".
     */
    public void supprimer() {
        refuserSiSupprime();
        statut = StatutCompte.SUPPRIME;
        nom = ANONYME;
        prenom = ANONYME;
        email = new Email(ANONYME + "-" + id + "@supprime.invalid");
    }

    public void changerLangue(Langue langue) {
        this.langue = Verifications.nonNul(langue, "langue");
    }

    public void changerEmail(Email email) {
        this.email = Verifications.nonNul(email, "email");
    }

    public boolean peutSeConnecter() {
        return statut == StatutCompte.ACTIF;
    }

    private void refuserSiSupprime() {
        if (statut == StatutCompte.SUPPRIME) {
            throw new RegleMetierException("utilisateur.supprime");
        }
    }

    public UtilisateurId id() {
        return id;
    }

    public NumeroAdherent numeroAdherent() {
        return numeroAdherent;
    }

    public Profil profil() {
        return profil;
    }

    public Optional<EntrepriseId> entrepriseId() {
        return Optional.ofNullable(entrepriseId);
    }

    public Optional<MandataireId> mandataireId() {
        return Optional.ofNullable(mandataireId);
    }

    public String nom() {
        return nom;
    }

    public String prenom() {
        return prenom;
    }

    public Email email() {
        return email;
    }

    public Langue langue() {
        return langue;
    }

    public StatutCompte statut() {
        return statut;
    }

    @Override
    public String toString() {
        return "Utilisateur[id=" + id + ", profil=" + profil + ", statut=" + statut + "]";
    }
}
