package fr.espaceentreprise.domain.entreprise;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Optional;

/** A company that subscribed one or more group contracts. */
public final class Entreprise {

    public static final int RAISON_SOCIALE_MAX = 100;

    private final EntrepriseId id;
    private final NumeroAdherent numeroAdherent;
    private String raisonSociale;
    private Siret siret;
    private Adresse adresseCorrespondance;
    private Email email;
    private Telephone telephone;
    private ModalitesPaiement modalitesPaiement;

    private Entreprise(EntrepriseId id, NumeroAdherent numeroAdherent, String raisonSociale, Siret siret,
                       Adresse adresseCorrespondance, Email email, Telephone telephone,
                       ModalitesPaiement modalitesPaiement) {
        this.id = id;
        this.numeroAdherent = numeroAdherent;
        this.raisonSociale = raisonSociale;
        this.siret = siret;
        this.adresseCorrespondance = adresseCorrespondance;
        this.email = email;
        this.telephone = telephone;
        this.modalitesPaiement = modalitesPaiement;
    }

    public static Entreprise enregistrer(EntrepriseId id, NumeroAdherent numeroAdherent, String raisonSociale, Siret siret,
                                         Adresse adresseCorrespondance, Email email, Telephone telephone,
                                         ModalitesPaiement modalitesPaiement) {
        return new Entreprise(
                Verifications.nonNul(id, "id"),
                Verifications.nonNul(numeroAdherent, "numeroAdherent"),
                raisonSocialeValide(raisonSociale),
                Verifications.nonNul(siret, "siret"),
                Verifications.nonNul(adresseCorrespondance, "adresse"),
                Verifications.nonNul(email, "email"),
                telephone,
                Verifications.nonNul(modalitesPaiement, "modalitesPaiement"));
    }

    public static Entreprise rehydrater(EntrepriseId id, NumeroAdherent numeroAdherent, String raisonSociale, Siret siret,
                                        Adresse adresseCorrespondance, Email email, Telephone telephone,
                                        ModalitesPaiement modalitesPaiement) {
        return new Entreprise(id, numeroAdherent, raisonSociale, siret, adresseCorrespondance, email, telephone,
                modalitesPaiement);
    }

    /** Replaces every piece of contact information at once, as the update form sends them all; telephone may be null. */
    public void modifierInformations(String raisonSociale, Adresse adresseCorrespondance, Siret siret, Email email,
                                     Telephone telephone) {
        String nouvelleRaisonSociale = raisonSocialeValide(raisonSociale);
        Adresse nouvelleAdresse = Verifications.nonNul(adresseCorrespondance, "adresse");
        Siret nouveauSiret = Verifications.nonNul(siret, "siret");
        Email nouvelEmail = Verifications.nonNul(email, "email");
        this.raisonSociale = nouvelleRaisonSociale;
        this.adresseCorrespondance = nouvelleAdresse;
        this.siret = nouveauSiret;
        this.email = nouvelEmail;
        this.telephone = telephone;
    }

    public void changerModalitesPaiement(ModalitesPaiement modalitesPaiement) {
        this.modalitesPaiement = Verifications.nonNul(modalitesPaiement, "modalitesPaiement");
    }

    private static String raisonSocialeValide(String raisonSociale) {
        return Verifications.texte(raisonSociale, "raisonSociale", RAISON_SOCIALE_MAX);
    }

    public EntrepriseId id() {
        return id;
    }

    public NumeroAdherent numeroAdherent() {
        return numeroAdherent;
    }

    public String raisonSociale() {
        return raisonSociale;
    }

    public Siret siret() {
        return siret;
    }

    public Adresse adresseCorrespondance() {
        return adresseCorrespondance;
    }

    public Email email() {
        return email;
    }

    public Optional<Telephone> telephone() {
        return Optional.ofNullable(telephone);
    }

    public ModalitesPaiement modalitesPaiement() {
        return modalitesPaiement;
    }
}
