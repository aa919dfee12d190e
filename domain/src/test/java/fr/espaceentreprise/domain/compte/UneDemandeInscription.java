package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Test data: a pending sign-up request.
 * {@code UneDemandeInscription.pour(entreprise).email("x@y.fr").build()}, {@code UneDemandeInscription.mandataire()}.
 */
public final class UneDemandeInscription {

    public static final Instant RECUE_LE = Instant.parse("2026-03-02T09:30:00Z");

    private DemandeInscriptionId id = DemandeInscriptionId.nouveau();
    private Profil profil;
    private String raisonSociale;
    private Siret siret;
    private Email email = new Email("camille.durand@example.fr");
    private NumeroAdherent numeroAdherent;
    private String nom = "Durand";
    private String prenom = "Camille";
    private LocalDate dateNaissance = LocalDate.of(1984, 6, 15);
    private Langue langue = Langue.FR;
    private Instant recueLe = RECUE_LE;

    private UneDemandeInscription(Profil profil) {
        this.profil = profil;
    }

    public static UneDemandeInscription entreprise() {
        UneDemandeInscription demande = new UneDemandeInscription(Profil.ENTREPRISE);
        demande.raisonSociale = "Expat Conseil SAS";
        demande.siret = new Siret("73282932000074");
        demande.numeroAdherent = new NumeroAdherent("10000001");
        return demande;
    }

    /** A request that matches the entreprise's reference data. */
    public static UneDemandeInscription pour(Entreprise entreprise) {
        return entreprise().raisonSociale(entreprise.raisonSociale()).siret(entreprise.siret())
                .numeroAdherent(entreprise.numeroAdherent());
    }

    public static UneDemandeInscription mandataire() {
        UneDemandeInscription demande = new UneDemandeInscription(Profil.MANDATAIRE);
        demande.numeroAdherent = new NumeroAdherent("20000001");
        return demande;
    }

    /** A request that matches the mandataire's reference data. */
    public static UneDemandeInscription pour(Mandataire mandataire) {
        return mandataire().numeroAdherent(mandataire.numeroAdherent());
    }

    public UneDemandeInscription id(DemandeInscriptionId id) {
        this.id = id;
        return this;
    }

    public UneDemandeInscription raisonSociale(String raisonSociale) {
        this.raisonSociale = raisonSociale;
        return this;
    }

    public UneDemandeInscription siret(Siret siret) {
        this.siret = siret;
        return this;
    }

    public UneDemandeInscription email(String email) {
        this.email = new Email(email);
        return this;
    }

    public UneDemandeInscription numeroAdherent(NumeroAdherent numeroAdherent) {
        this.numeroAdherent = numeroAdherent;
        return this;
    }

    public UneDemandeInscription numeroAdherent(String numeroAdherent) {
        return numeroAdherent(new NumeroAdherent(numeroAdherent));
    }

    public UneDemandeInscription nomme(String prenom, String nom) {
        this.prenom = prenom;
        this.nom = nom;
        return this;
    }

    public UneDemandeInscription neLe(LocalDate dateNaissance) {
        this.dateNaissance = dateNaissance;
        return this;
    }

    public UneDemandeInscription langue(Langue langue) {
        this.langue = langue;
        return this;
    }

    public UneDemandeInscription recueLe(Instant recueLe) {
        this.recueLe = recueLe;
        return this;
    }

    public DemandeInscription build() {
        return DemandeInscription.recevoir(id, profil, raisonSociale, siret, email, numeroAdherent, nom, prenom,
                dateNaissance, langue, recueLe);
    }
}
