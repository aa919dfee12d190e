package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.entreprise.Entreprise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for an account, as typed in the two-step sign-up form, waiting for the back office.
 * An Entreprise gives its raison sociale, SIRET, e-mail and numéro d'adhérent; a Mandataire its numéro
 * d'adhérent and e-mail; both then the nom, prénom and date de naissance of the person. Nothing is checked
 * against the reference data here (see {@link ControlesInscription}): whatever was typed is kept, so that the
 * answer to the requester never depends on whether the data matches.
 */
public final class DemandeInscription {

    public static final int AGE_MIN = 16;
    public static final int AGE_MAX = 120;
    public static final int MOTIF_MAX = 2000;

    private final DemandeInscriptionId id;
    private final Profil profil;
    private final String raisonSociale;
    private final Siret siret;
    private final Email email;
    private final NumeroAdherent numeroAdherent;
    private final String nom;
    private final String prenom;
    private final LocalDate dateNaissance;
    private final Langue langue;
    private final Instant recueLe;
    private StatutInscription statut;
    private DecisionInscription decision;

    private DemandeInscription(DemandeInscriptionId id, Profil profil, String raisonSociale, Siret siret,
                               Email email, NumeroAdherent numeroAdherent, String nom, String prenom,
                               LocalDate dateNaissance, Langue langue, Instant recueLe, StatutInscription statut,
                               DecisionInscription decision) {
        this.id = Objects.requireNonNull(id, "id");
        this.profil = profil;
        this.raisonSociale = raisonSociale;
        this.siret = siret;
        this.email = email;
        this.numeroAdherent = numeroAdherent;
        this.nom = nom;
        this.prenom = prenom;
        this.dateNaissance = dateNaissance;
        this.langue = langue;
        this.recueLe = recueLe;
        this.statut = Objects.requireNonNull(statut, "statut");
        this.decision = decision;
    }

    /**
     * A request just sent. For a MANDATAIRE, raison sociale and SIRET are not asked and are ignored;
     * GESTIONNAIRE accounts are not requested online ("inscription.profil.invalide").
     */
    public static DemandeInscription recevoir(DemandeInscriptionId id, Profil profil, String raisonSociale,
                                              Siret siret, Email email, NumeroAdherent numeroAdherent, String nom,
                                              String prenom, LocalDate dateNaissance, Langue langue,
                                              Instant recueLe) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(profil, "profil");
        Verifications.nonNul(recueLe, "recueLe");
        String raisonSocialeValide;
        Siret siretValide;
        switch (profil) {
            case ENTREPRISE:
                raisonSocialeValide = Verifications.texte(raisonSociale, "raisonSociale",
                        Entreprise.RAISON_SOCIALE_MAX);
                siretValide = Verifications.nonNul(siret, "siret");
                break;
            case MANDATAIRE:
                // Not asked of a mandataire: whatever a form left in these fields is dropped.
                raisonSocialeValide = null;
                siretValide = null;
                break;
            default:
                throw new ValeurInvalideException("inscription.profil.invalide", "profil");
        }
        return new DemandeInscription(id, profil, raisonSocialeValide, siretValide,
                Verifications.nonNul(email, "email"),
                Verifications.nonNul(numeroAdherent, "numeroAdherent"),
                Verifications.texte(nom, "nom", Utilisateur.LONGUEUR_MAX_NOM),
                Verifications.texte(prenom, "prenom", Utilisateur.LONGUEUR_MAX_NOM),
                dateNaissanceValide(dateNaissance, recueLe),
                Verifications.nonNul(langue, "langue"),
                recueLe, StatutInscription.EN_ATTENTE, null);
    }

    /** Every field as stored; raison sociale, SIRET and decision may be null. */
    public static DemandeInscription rehydrater(DemandeInscriptionId id, Profil profil, String raisonSociale,
                                                Siret siret, Email email, NumeroAdherent numeroAdherent, String nom,
                                                String prenom, LocalDate dateNaissance, Langue langue,
                                                Instant recueLe, StatutInscription statut,
                                                DecisionInscription decision) {
        return new DemandeInscription(id, profil, raisonSociale, siret, email, numeroAdherent, nom, prenom,
                dateNaissance, langue, recueLe, statut, decision);
    }

    /** A typo check, not an identity check: the date is in the past and the person between 16 and 120. */
    private static LocalDate dateNaissanceValide(LocalDate dateNaissance, Instant recueLe) {
        return Verifications.dateNaissance(dateNaissance, LocalDate.ofInstant(recueLe, ZoneOffset.UTC), AGE_MIN,
                AGE_MAX, "inscription.dateNaissance.invalide");
    }

    /** The back office accepts the request; only a pending request whose every check passed may be. */
    public void valider(UtilisateurId gestionnaire, ControlesInscription controles, Instant instant) {
        Verifications.nonNul(controles, "controles");
        exigerEnAttente();
        if (!controles.tousSatisfaits()) {
            throw new RegleMetierException("inscription.controles_non_satisfaits", null,
                    Map.of("echecs", controles.echecs()));
        }
        decider(StatutInscription.VALIDEE, new DecisionInscription(gestionnaire, instant, Optional.empty()));
    }

    /** The back office refuses the request and records why (kept for the back office, not mailed). */
    public void rejeter(UtilisateurId gestionnaire, String motif, Instant instant) {
        exigerEnAttente();
        if (motif == null || motif.isBlank()) {
            throw new ValeurInvalideException("inscription.motif.obligatoire", "motif");
        }
        String texte = Verifications.texte(motif, "motif", MOTIF_MAX);
        decider(StatutInscription.REJETEE, new DecisionInscription(gestionnaire, instant, Optional.of(texte)));
    }

    private void exigerEnAttente() {
        if (statut != StatutInscription.EN_ATTENTE) {
            throw new RegleMetierException("inscription.deja_traitee", null, Map.of("statut", statut));
        }
    }

    private void decider(StatutInscription nouveauStatut, DecisionInscription laDecision) {
        statut = nouveauStatut;
        decision = laDecision;
    }

    public DemandeInscriptionId id() {
        return id;
    }

    public Profil profil() {
        return profil;
    }

    /** ENTREPRISE only. */
    public Optional<String> raisonSociale() {
        return Optional.ofNullable(raisonSociale);
    }

    /** ENTREPRISE only. */
    public Optional<Siret> siret() {
        return Optional.ofNullable(siret);
    }

    public Email email() {
        return email;
    }

    public NumeroAdherent numeroAdherent() {
        return numeroAdherent;
    }

    public String nom() {
        return nom;
    }

    public String prenom() {
        return prenom;
    }

    public LocalDate dateNaissance() {
        return dateNaissance;
    }

    public Langue langue() {
        return langue;
    }

    public Instant recueLe() {
        return recueLe;
    }

    public StatutInscription statut() {
        return statut;
    }

    public Optional<DecisionInscription> decision() {
        return Optional.ofNullable(decision);
    }

    @Override
    public String toString() {
        return "DemandeInscription[id=" + id + ", profil=" + profil + ", statut=" + statut + "]";
    }
}
