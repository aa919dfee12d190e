package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A logged-in session: ends after {@link #INACTIVITE_MAX} without activity, {@link #DUREE_MAX} after the login
 * whatever the activity, or when revoked (logout, password change, suspension). It also carries the steps the
 * user must complete before reaching anything else. The token that designates it lives in the browser only.
 */
public final class SessionUtilisateur {

    public static final Duration INACTIVITE_MAX = Duration.ofMinutes(30);
    public static final Duration DUREE_MAX = Duration.ofHours(12);
    /**
     * How fresh the recorded activity must be: within this, a request need not write it again. The inactivity
     * delay may so end up to this much early, which nobody notices on 30 minutes, while every page no longer
     * costs a write on the session's row.
     */
    public static final Duration PRECISION_ACTIVITE = Duration.ofMinutes(1);

    private final SessionId id;
    private final UtilisateurId utilisateurId;
    private final Instant ouverteLe;
    private Instant derniereActivite;
    private Instant revoqueeLe;
    private final Set<EtapeObligatoire> etapesEnAttente;
    private final AdresseIp ip;
    private final FamilleNavigateur navigateur;
    private Instant secondFacteurLe;

    private SessionUtilisateur(SessionId id, UtilisateurId utilisateurId, Instant ouverteLe,
                               Instant derniereActivite, Instant revoqueeLe,
                               Collection<EtapeObligatoire> etapesEnAttente, AdresseIp ip,
                               FamilleNavigateur navigateur, Instant secondFacteurLe) {
        this.id = Objects.requireNonNull(id, "id");
        this.utilisateurId = Objects.requireNonNull(utilisateurId, "utilisateurId");
        this.ouverteLe = Objects.requireNonNull(ouverteLe, "ouverteLe");
        this.derniereActivite = Objects.requireNonNull(derniereActivite, "derniereActivite");
        this.revoqueeLe = revoqueeLe;
        this.etapesEnAttente = etapesEnAttente.isEmpty()
                ? EnumSet.noneOf(EtapeObligatoire.class)
                : EnumSet.copyOf(etapesEnAttente);
        this.ip = Objects.requireNonNull(ip, "ip");
        this.navigateur = Objects.requireNonNull(navigateur, "navigateur");
        this.secondFacteurLe = secondFacteurLe;
    }

    /**
     * @param ip             where the login came from, shown in the user's list of sessions
     * @param navigateur     what it came from
     * @param secondFacteur  whether the second factor was checked at this login (re-authentication counts from
     *                       then)
     */
    public static SessionUtilisateur ouvrir(SessionId id, UtilisateurId utilisateurId,
                                            Set<EtapeObligatoire> etapesEnAttente, Instant instant, AdresseIp ip,
                                            FamilleNavigateur navigateur, boolean secondFacteur) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(utilisateurId, "utilisateurId");
        Verifications.nonNul(etapesEnAttente, "etapesEnAttente");
        Verifications.nonNul(instant, "instant");
        Verifications.nonNul(ip, "ip");
        Verifications.nonNul(navigateur, "navigateur");
        return new SessionUtilisateur(id, utilisateurId, instant, instant, null, etapesEnAttente, ip, navigateur,
                secondFacteur ? instant : null);
    }

    /**
     * Every field as stored; {@code revoqueeLe} is null while the session was not revoked, {@code secondFacteurLe}
     * while the second factor was never checked in it.
     */
    public static SessionUtilisateur rehydrater(SessionId id, UtilisateurId utilisateurId, Instant ouverteLe,
                                                Instant derniereActivite, Instant revoqueeLe,
                                                Set<EtapeObligatoire> etapesEnAttente, AdresseIp ip,
                                                FamilleNavigateur navigateur, Instant secondFacteurLe) {
        return new SessionUtilisateur(id, utilisateurId, ouverteLe, derniereActivite, revoqueeLe, etapesEnAttente,
                ip, navigateur, secondFacteurLe);
    }

    /** Active strictly before 30 min of inactivity and strictly before 12 h of age, and not revoked. */
    public boolean estActiveLe(Instant instant) {
        return revoqueeLe == null && instant.isBefore(expireLe());
    }

    /** When the session ends if nothing happens in the meantime. */
    public Instant expireLe() {
        Instant parInactivite = derniereActivite.plus(INACTIVITE_MAX);
        Instant parAnciennete = ouverteLe.plus(DUREE_MAX);
        return parInactivite.isBefore(parAnciennete) ? parInactivite : parAnciennete;
    }

    /** The user did something: the inactivity delay starts again (never beyond the 12-hour limit). */
    public void toucher(Instant instant) {
        if (!estActiveLe(instant)) {
            throw new RegleMetierException("session.inactive");
        }
        if (instant.isAfter(derniereActivite)) {
            derniereActivite = instant;
        }
    }

    /** Whether the activity at {@code instant} must be recorded: the last one recorded is older than the precision. */
    public boolean activiteARecorder(Instant instant) {
        return !instant.isBefore(derniereActivite.plus(PRECISION_ACTIVITE));
    }

    /** Ends the session; revoking a revoked session keeps the first instant. */
    public void revoquer(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (revoqueeLe == null) {
            revoqueeLe = instant;
        }
    }

    /** The user proved again he holds his second factor (at login, at enrolment, or when asked again). */
    public void verifierSecondFacteur(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (secondFacteurLe == null || instant.isAfter(secondFacteurLe)) {
            secondFacteurLe = instant;
        }
    }

    /** Whether the second factor was checked in this session less than {@code delai} before {@code instant}. */
    public boolean secondFacteurVerifieDepuis(Duration delai, Instant instant) {
        return secondFacteurLe != null && instant.isBefore(secondFacteurLe.plus(delai));
    }

    public void terminerEtape(EtapeObligatoire etape) {
        etapesEnAttente.remove(etape);
    }

    public boolean attend(EtapeObligatoire etape) {
        return etapesEnAttente.contains(etape);
    }

    /** The first step to complete, in the order the screens ask for them. */
    public Optional<EtapeObligatoire> prochaineEtape() {
        return etapesEnAttente.stream().findFirst();
    }

    public SessionId id() {
        return id;
    }

    public UtilisateurId utilisateurId() {
        return utilisateurId;
    }

    public Instant ouverteLe() {
        return ouverteLe;
    }

    public Instant derniereActivite() {
        return derniereActivite;
    }

    public Optional<Instant> revoqueeLe() {
        return Optional.ofNullable(revoqueeLe);
    }

    public AdresseIp ip() {
        return ip;
    }

    public FamilleNavigateur navigateur() {
        return navigateur;
    }

    public Optional<Instant> secondFacteurLe() {
        return Optional.ofNullable(secondFacteurLe);
    }

    /** Ordered as {@link EtapeObligatoire} declares them. */
    public Set<EtapeObligatoire> etapesEnAttente() {
        return etapesEnAttente.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(etapesEnAttente));
    }

    @Override
    public String toString() {
        return "SessionUtilisateur[id=" + id + ", utilisateurId=" + utilisateurId + "]";
    }
}
