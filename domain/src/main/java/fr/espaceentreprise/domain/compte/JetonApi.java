package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal credential for a machine client (an HR system calling the API): named, read-only or not, expiring
 * within a year, revocable, its use dated. Only a hash of the token is stored; the token is shown once.
 */
public final class JetonApi {

    public static final Duration DUREE_MAX = Duration.ofDays(366);
    public static final int NOM_MAX = 80;
    public static final String EXPIRATION_INVALIDE = "jetonApi.expiration.invalide";

    private final JetonApiId id;
    private final UtilisateurId utilisateurId;
    private final String nom;
    private final DroitsJeton droits;
    private final Instant creeLe;
    private final Instant expireLe;
    private Instant dernierUsage;
    private Instant revoqueLe;

    private JetonApi(JetonApiId id, UtilisateurId utilisateurId, String nom, DroitsJeton droits, Instant creeLe,
                     Instant expireLe, Instant dernierUsage, Instant revoqueLe) {
        this.id = Objects.requireNonNull(id, "id");
        this.utilisateurId = Objects.requireNonNull(utilisateurId, "utilisateurId");
        this.nom = Objects.requireNonNull(nom, "nom");
        this.droits = Objects.requireNonNull(droits, "droits");
        this.creeLe = Objects.requireNonNull(creeLe, "creeLe");
        this.expireLe = Objects.requireNonNull(expireLe, "expireLe");
        this.dernierUsage = dernierUsage;
        this.revoqueLe = revoqueLe;
    }

    /**
     * @throws ValeurInvalideException "champ.obligatoire", "champ.trop_long" or "champ.caracteres_invalides" on {@code nom}, "champ.obligatoire"
     *                                 on {@code droits}, {@value #EXPIRATION_INVALIDE} on {@code expireLe} when it
     *                                 is not in the future or more than a year away
     */
    public static JetonApi creer(JetonApiId id, UtilisateurId utilisateurId, String nom, DroitsJeton droits,
                                 Instant expireLe, Instant maintenant) {
        String nomVerifie = Verifications.texte(nom, "nom", NOM_MAX);
        Verifications.nonNul(droits, "droits");
        Verifications.nonNul(expireLe, "expireLe");
        if (!expireLe.isAfter(maintenant) || expireLe.isAfter(maintenant.plus(DUREE_MAX))) {
            throw new ValeurInvalideException(EXPIRATION_INVALIDE, "expireLe");
        }
        return new JetonApi(id, utilisateurId, nomVerifie, droits, maintenant, expireLe, null, null);
    }

    public static JetonApi rehydrater(JetonApiId id, UtilisateurId utilisateurId, String nom, DroitsJeton droits,
                                      Instant creeLe, Instant expireLe, Instant dernierUsage, Instant revoqueLe) {
        return new JetonApi(id, utilisateurId, nom, droits, creeLe, expireLe, dernierUsage, revoqueLe);
    }

    /** Not revoked and strictly before its expiry. */
    public boolean estValideLe(Instant instant) {
        return revoqueLe == null && instant.isBefore(expireLe);
    }

    public void utiliser(Instant instant) {
        if (dernierUsage == null || instant.isAfter(dernierUsage)) {
            dernierUsage = instant;
        }
    }

    /** Revoking a revoked token keeps its first revocation. */
    public void revoquer(Instant instant) {
        if (revoqueLe == null) {
            revoqueLe = Objects.requireNonNull(instant, "instant");
        }
    }

    public JetonApiId id() {
        return id;
    }

    public UtilisateurId utilisateurId() {
        return utilisateurId;
    }

    public String nom() {
        return nom;
    }

    public DroitsJeton droits() {
        return droits;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant expireLe() {
        return expireLe;
    }

    public Optional<Instant> dernierUsage() {
        return Optional.ofNullable(dernierUsage);
    }

    public Optional<Instant> revoqueLe() {
        return Optional.ofNullable(revoqueLe);
    }
}
