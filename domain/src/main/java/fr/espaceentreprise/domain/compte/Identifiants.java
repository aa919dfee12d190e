package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The credentials of one account and what protects them: the password hash, a pending temporary password, the
 * throttling of login attempts, the e-mail confirmation and the last successful login. Hashes only: comparing a
 * typed secret with a hash is done outside the domain, which hands a {@code Predicate} over the stored hash.
 *
 * <p>Temporary password: the current password keeps working until the temporary one is used, so that asking
 * for one cannot lock anybody out. Using it consumes it and retires the current password too (the user proved
 * they read the mail, and must now choose a new password in that session); an expired one never works.
 */
public final class Identifiants {

    private final UtilisateurId utilisateurId;
    private String empreinteMotDePasse;
    private MotDePasseProvisoire motDePasseProvisoire;
    private Temporisation temporisation;
    private Email emailConfirme;
    private CodeConfirmationEmail codeEmail;
    private Instant derniereConnexion;

    private Identifiants(UtilisateurId utilisateurId, String empreinteMotDePasse,
                         MotDePasseProvisoire motDePasseProvisoire, Temporisation temporisation, Email emailConfirme,
                         CodeConfirmationEmail codeEmail, Instant derniereConnexion) {
        this.utilisateurId = Objects.requireNonNull(utilisateurId, "utilisateurId");
        this.empreinteMotDePasse = empreinteMotDePasse;
        this.motDePasseProvisoire = motDePasseProvisoire;
        this.temporisation = Objects.requireNonNull(temporisation, "temporisation");
        this.emailConfirme = emailConfirme;
        this.codeEmail = codeEmail;
        this.derniereConnexion = derniereConnexion;
    }

    /** A new account's credentials: no password yet (a temporary one is sent), nothing confirmed. */
    public static Identifiants nouveaux(UtilisateurId utilisateurId) {
        Verifications.nonNul(utilisateurId, "utilisateurId");
        return new Identifiants(utilisateurId, null, null, Temporisation.AUCUNE, null, null, null);
    }

    /** Every field as stored; the nullable ones are those whose getter answers an Optional. */
    public static Identifiants rehydrater(UtilisateurId utilisateurId, String empreinteMotDePasse,
                                          MotDePasseProvisoire motDePasseProvisoire, Temporisation temporisation,
                                          Email emailConfirme, CodeConfirmationEmail codeEmail,
                                          Instant derniereConnexion) {
        return new Identifiants(utilisateurId, empreinteMotDePasse, motDePasseProvisoire, temporisation,
                emailConfirme, codeEmail, derniereConnexion);
    }

    // --- passwords

    /** Replaces the password by one the user chose, and voids any temporary password. */
    public void definirMotDePasse(String empreinte) {
        empreinteMotDePasse = Objects.requireNonNull(empreinte, "empreinte");
        motDePasseProvisoire = null;
    }

    /** Stores the same password hashed with today's parameters; a pending temporary password stays. */
    public void rehacherMotDePasse(String empreinte) {
        if (empreinteMotDePasse == null) {
            throw new IllegalStateException("aucun mot de passe à rehacher");
        }
        empreinteMotDePasse = Objects.requireNonNull(empreinte, "empreinte");
    }

    /**
     * A new temporary password replaces any previous one; the current password keeps working.
     *
     * @param validite {@link MotDePasseProvisoire#VALIDITE_INSCRIPTION} or {@link MotDePasseProvisoire#VALIDITE_OUBLI}
     */
    public void emettreMotDePasseProvisoire(String empreinte, Instant emisLe, Duration validite) {
        motDePasseProvisoire = MotDePasseProvisoire.emis(empreinte, emisLe, validite);
    }

    /** The hash a temporary password typed at {@code instant} is compared with; empty when none or expired. */
    public Optional<String> empreinteProvisoireValideLe(Instant instant) {
        return Optional.ofNullable(motDePasseProvisoire)
                .filter(provisoire -> provisoire.estValideLe(instant))
                .map(MotDePasseProvisoire::empreinte);
    }

    /**
     * The temporary password was just used to log in: it cannot be used again, and the former password stops
     * working; the user must choose a new one.
     */
    public void utiliserMotDePasseProvisoire(Instant instant) {
        if (empreinteProvisoireValideLe(instant).isEmpty()) {
            throw new RegleMetierException("motDePasse.provisoire.expire");
        }
        motDePasseProvisoire = null;
        empreinteMotDePasse = null;
    }

    // --- throttling

    public Optional<Instant> prochainEssaiAutorise(Instant maintenant) {
        return temporisation.prochainEssaiAutorise(maintenant);
    }

    public void enregistrerEchec(Instant instant) {
        temporisation = temporisation.apresEchec(instant);
    }

    /** Records a successful login and answers the previous one, to show the user. */
    public Optional<Instant> enregistrerConnexion(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Optional<Instant> precedente = Optional.ofNullable(derniereConnexion);
        derniereConnexion = instant;
        temporisation = temporisation.apresSucces();
        return precedente;
    }

    // --- e-mail confirmation

    /** Whether {@code email} is the address the user last confirmed owning. */
    public boolean aConfirme(Email email) {
        return emailConfirme != null && emailConfirme.equals(email);
    }

    /** A new code replaces any previous one, with a full set of attempts. */
    public void emettreCodeEmail(String empreinte, Email email, Instant emisLe) {
        codeEmail = CodeConfirmationEmail.emis(empreinte, email, emisLe);
    }

    /**
     * Tries a typed code: {@code correspondA} tells whether it matches the stored hash. A wrong code costs one of
     * the {@value CodeConfirmationEmail#ESSAIS} attempts; the last wrong one, an expired code or a success void the
     * code. Stores the outcome even when it is a refusal, so the caller saves before telling the user.
     */
    public ResultatConfirmationEmail confirmerEmail(Predicate<String> correspondA, Instant maintenant) {
        if (codeEmail == null) {
            return ResultatConfirmationEmail.AUCUN_CODE;
        }
        if (codeEmail.estExpireLe(maintenant)) {
            codeEmail = null;
            return ResultatConfirmationEmail.CODE_EXPIRE;
        }
        if (correspondA.test(codeEmail.empreinte())) {
            emailConfirme = codeEmail.email();
            codeEmail = null;
            return ResultatConfirmationEmail.CONFIRME;
        }
        codeEmail = codeEmail.apresEchec();
        if (codeEmail.essaisRestants() == 0) {
            codeEmail = null;
            return ResultatConfirmationEmail.ESSAIS_EPUISES;
        }
        return ResultatConfirmationEmail.CODE_INCORRECT;
    }

    // --- state, for storage and display

    public UtilisateurId utilisateurId() {
        return utilisateurId;
    }

    public Optional<String> empreinteMotDePasse() {
        return Optional.ofNullable(empreinteMotDePasse);
    }

    public Optional<MotDePasseProvisoire> motDePasseProvisoire() {
        return Optional.ofNullable(motDePasseProvisoire);
    }

    public Temporisation temporisation() {
        return temporisation;
    }

    public Optional<Email> emailConfirme() {
        return Optional.ofNullable(emailConfirme);
    }

    public Optional<CodeConfirmationEmail> codeEmail() {
        return Optional.ofNullable(codeEmail);
    }

    public Optional<Instant> derniereConnexion() {
        return Optional.ofNullable(derniereConnexion);
    }

    @Override
    public String toString() {
        return "Identifiants[utilisateurId=" + utilisateurId + "]";
    }
}
