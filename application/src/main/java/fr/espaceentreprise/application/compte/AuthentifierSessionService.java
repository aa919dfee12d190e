package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

public final class AuthentifierSessionService implements AuthentifierSession {

    /** A real token is 43 characters; anything much longer is not worth hashing. */
    private static final int LONGUEUR_MAX_JETON = 128;

    private final SessionRepository sessions;
    private final JetonsApiRepository jetonsApi;
    private final CguRepository cgu;
    private final Identification identification;
    private final Transactions transactions;
    private final Clock horloge;

    public AuthentifierSessionService(SessionRepository sessions, JetonsApiRepository jetonsApi, CguRepository cgu,
                                      Identification identification, Transactions transactions, Clock horloge) {
        this.sessions = sessions;
        this.jetonsApi = jetonsApi;
        this.cgu = cgu;
        this.identification = identification;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Optional<SessionAuthentifiee> authentifier(String jeton) {
        if (jeton == null || jeton.isBlank() || jeton.length() > LONGUEUR_MAX_JETON) {
            return Optional.empty();
        }
        EmpreinteJeton empreinte = EmpreinteJeton.de(jeton);
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            Optional<SessionUtilisateur> trouvee = sessions.trouverParEmpreinteJeton(empreinte)
                    .filter(session -> session.estActiveLe(maintenant));
            if (trouvee.isEmpty()) {
                return parJetonApi(empreinte, maintenant);
            }
            SessionUtilisateur session = trouvee.get();
            Optional<Acteur> acteur = identification.acteur(session.utilisateurId());
            if (acteur.isEmpty()) {
                // Suspended, deleted or past the 2-year rule: this session must not come back if that changes.
                sessions.revoquer(session.id(), maintenant);
                return Optional.<SessionAuthentifiee>empty();
            }
            if (session.activiteARecorder(maintenant)) {
                sessions.toucher(session.id(), maintenant);
            }
            return Optional.of(new SessionAuthentifiee(session.id(),
                    acteur.get().avecEtapes(etapes(session, maintenant)), session.secondFacteurLe(),
                    Optional.empty()));
        });
    }

    /**
     * A personal API token, while valid and while its owner may use the portal. A machine completes no first-login
     * step: the token acts with none pending. Its use is dated at most once a minute, like a session's activity.
     */
    private Optional<SessionAuthentifiee> parJetonApi(EmpreinteJeton empreinte, Instant maintenant) {
        return jetonsApi.trouverParEmpreinte(empreinte)
                .filter(jeton -> jeton.estValideLe(maintenant))
                .flatMap(jeton -> identification.acteur(jeton.utilisateurId()).map(acteur -> {
                    if (jeton.dernierUsage().map(usage -> !maintenant.isBefore(
                            usage.plus(SessionUtilisateur.PRECISION_ACTIVITE))).orElse(true)) {
                        jetonsApi.utiliser(jeton.id(), maintenant);
                    }
                    return new SessionAuthentifiee(new SessionId(jeton.id().valeur()), acteur, Optional.empty(),
                            Optional.of(jeton.droits()));
                }));
    }

    /**
     * The steps stored with the session, but the CGU's, which is decided afresh at each request: a version
     * published while the session is open is asked for at the next request, and one accepted in another session
     * is asked for no more.
     */
    private Set<EtapeObligatoire> etapes(SessionUtilisateur session, Instant maintenant) {
        Set<EtapeObligatoire> etapes = EnumSet.noneOf(EtapeObligatoire.class);
        etapes.addAll(session.etapesEnAttente());
        etapes.remove(EtapeObligatoire.ACCEPTER_CGU);
        if (ExigenceCgu.aAccepter(cgu, session.utilisateurId(), maintenant)) {
            etapes.add(EtapeObligatoire.ACCEPTER_CGU);
        }
        return etapes;
    }
}
