package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A caller recognised by {@link AuthentifierSession}: who (with the steps he must still complete) and by which
 * credential — a session opened by a login, or a personal API token. The use cases of one's own account take it;
 * every other use case takes its {@link #acteur()}.
 *
 * @param sessionId       the session's id, or the API token's for a call made with one
 * @param secondFacteurLe when the second factor was last checked in this session
 * @param jetonApi        the rights of the API token the call was made with, if it was
 */
public record SessionAuthentifiee(SessionId sessionId, Acteur acteur, Optional<Instant> secondFacteurLe,
        Optional<DroitsJeton> jetonApi) {

    /** A sensitive change (a new phone, an API token) needs the second factor checked this recently. */
    public static final Duration REAUTHENTIFICATION = Duration.ofMinutes(10);

    public SessionAuthentifiee {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(acteur, "acteur");
        Objects.requireNonNull(secondFacteurLe, "secondFacteurLe");
        Objects.requireNonNull(jetonApi, "jetonApi");
    }

    /** A session of a login, its factor not checked. */
    public SessionAuthentifiee(SessionId sessionId, Acteur acteur) {
        this(sessionId, acteur, Optional.empty(), Optional.empty());
    }

    public UtilisateurId utilisateurId() {
        return acteur.utilisateurId();
    }

    public Set<EtapeObligatoire> etapesEnAttente() {
        return acteur.etapesEnAttente();
    }

    /** The steps still pending once {@code terminee} is done. */
    public Set<EtapeObligatoire> etapesApres(EtapeObligatoire terminee) {
        EnumSet<EtapeObligatoire> restantes = EnumSet.noneOf(EtapeObligatoire.class);
        restantes.addAll(etapesEnAttente());
        restantes.remove(terminee);
        return restantes.isEmpty() ? Set.of() : Collections.unmodifiableSet(restantes);
    }

    /** The account's own security (password, second factor, tokens, sessions) is changed by a person, not a token. */
    public void exigerSessionInteractive() {
        if (jetonApi.isPresent()) {
            throw new InterditException(InterditException.SESSION_REQUISE);
        }
    }

    /** The second factor checked in this session within the last {@link #REAUTHENTIFICATION}. */
    public void exigerSecondFacteurRecent(Instant maintenant) {
        exigerSessionInteractive();
        boolean recent = secondFacteurLe.map(le -> maintenant.isBefore(le.plus(REAUTHENTIFICATION))).orElse(false);
        if (!recent) {
            throw new InterditException(InterditException.REAUTHENTIFICATION_REQUISE);
        }
    }
}
