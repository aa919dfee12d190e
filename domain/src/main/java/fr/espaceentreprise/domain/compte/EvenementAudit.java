package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Verifications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One line of the audit trail. Never holds a secret: no password, code or token, not even hashed.
 *
 * @param utilisateurId  who acted when known: the account logged in or targeted by the attempt, the gestionnaire
 *                       who decided
 * @param numeroAdherent the account concerned, as typed at login or recovery even when no account holds it
 * @param detail         a short machine-readable word or two ({@code mot_de_passe_incorrect},
 *                       {@code demandeInscription=<uuid>}): at most {@value #DETAIL_MAX} printable characters
 */
public record EvenementAudit(UUID id, Instant instant, TypeEvenementAudit type,
                             Optional<UtilisateurId> utilisateurId, Optional<NumeroAdherent> numeroAdherent,
                             AdresseIp ip, Optional<String> detail) {

    public static final int DETAIL_MAX = 200;
    private static final Pattern DETAIL = Pattern.compile("[\\p{Graph} ]{1," + DETAIL_MAX + "}");

    public EvenementAudit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(utilisateurId, "utilisateurId");
        Objects.requireNonNull(numeroAdherent, "numeroAdherent");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(detail, "detail");
        detail.ifPresent(texte -> {
            if (!DETAIL.matcher(texte).matches()) {
                throw new IllegalArgumentException("détail d'audit vide, trop long ou non imprimable");
            }
        });
    }

    /** A new line with a fresh id; {@code utilisateurId}, {@code numeroAdherent} and {@code detail} may be null. */
    public static EvenementAudit de(TypeEvenementAudit type, Instant instant, UtilisateurId utilisateurId,
                                    NumeroAdherent numeroAdherent, AdresseIp ip, String detail) {
        return new EvenementAudit(UUID.randomUUID(), instant, type, Optional.ofNullable(utilisateurId),
                Optional.ofNullable(numeroAdherent), Verifications.nonNul(ip, "ip"), Optional.ofNullable(detail));
    }
}
