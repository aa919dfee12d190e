package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The user's open sessions: where and from what each was opened, and its last activity; ending one, or every other
 * one (a phone lost, a shared computer left logged in). Through a session only (InterditException
 * "acces.session_requise"); another user's session, or one already ended, is "session.introuvable".
 */
public interface GererSessions {

    /** The live ones, the most recently active first. */
    List<SessionOuverte> lister(SessionAuthentifiee session);

    void fermer(SessionAuthentifiee session, SessionId id, AdresseIp ip);

    /** @return how many were ended */
    int fermerLesAutres(SessionAuthentifiee session, AdresseIp ip);

    /** @param courante the one this request was made in */
    record SessionOuverte(SessionId id, Instant ouverteLe, Instant derniereActivite, AdresseIp ip,
                          FamilleNavigateur navigateur, boolean courante) {

        public SessionOuverte {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(ouverteLe, "ouverteLe");
            Objects.requireNonNull(derniereActivite, "derniereActivite");
            Objects.requireNonNull(ip, "ip");
            Objects.requireNonNull(navigateur, "navigateur");
        }
    }
}
