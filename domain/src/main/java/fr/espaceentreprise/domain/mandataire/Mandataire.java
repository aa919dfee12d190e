package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;

import java.util.Optional;

/** A broker managing group contracts on behalf of client companies, under mandates. */
public final class Mandataire {

    public static final int RAISON_SOCIALE_MAX = 100;

    private final MandataireId id;
    private final NumeroAdherent numeroAdherent;
    private final String raisonSociale;
    private final Email email;
    private final Telephone telephone;

    private Mandataire(MandataireId id, NumeroAdherent numeroAdherent, String raisonSociale, Email email,
                       Telephone telephone) {
        this.id = id;
        this.numeroAdherent = numeroAdherent;
        this.raisonSociale = raisonSociale;
        this.email = email;
        this.telephone = telephone;
    }

    /** telephone may be null. */
    public static Mandataire enregistrer(MandataireId id, NumeroAdherent numeroAdherent, String raisonSociale,
                                         Email email, Telephone telephone) {
        return new Mandataire(
                Verifications.nonNul(id, "id"),
                Verifications.nonNul(numeroAdherent, "numeroAdherent"),
                Verifications.texte(raisonSociale, "raisonSociale", RAISON_SOCIALE_MAX),
                Verifications.nonNul(email, "email"),
                telephone);
    }

    public static Mandataire rehydrater(MandataireId id, NumeroAdherent numeroAdherent, String raisonSociale,
                                        Email email, Telephone telephone) {
        return new Mandataire(id, numeroAdherent, raisonSociale, email, telephone);
    }

    public MandataireId id() {
        return id;
    }

    public NumeroAdherent numeroAdherent() {
        return numeroAdherent;
    }

    public String raisonSociale() {
        return raisonSociale;
    }

    public Email email() {
        return email;
    }

    public Optional<Telephone> telephone() {
        return Optional.ofNullable(telephone);
    }
}
