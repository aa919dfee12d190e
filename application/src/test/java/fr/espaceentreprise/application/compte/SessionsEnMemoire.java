package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Sessions keyed by the hash of their token, as the port requires; no token is ever kept. */
public final class SessionsEnMemoire extends DepotEnMemoire<EmpreinteJeton, SessionUtilisateur>
        implements SessionRepository {

    public SessionsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, Copies::de);
    }

    @Override
    public void ajouter(SessionUtilisateur session, EmpreinteJeton empreinteJeton) {
        ecrire(empreinteJeton, session);
    }

    @Override
    public Optional<SessionUtilisateur> trouver(SessionId id) {
        return cleDe(id).flatMap(this::lire);
    }

    @Override
    public Optional<SessionUtilisateur> trouverParEmpreinteJeton(EmpreinteJeton empreinteJeton) {
        return lire(empreinteJeton);
    }

    @Override
    public void toucher(SessionId id, Instant instant) {
        modifier(id, session -> session.toucher(instant));
    }

    @Override
    public List<SessionUtilisateur> vivantesDe(UtilisateurId utilisateurId, Instant instant) {
        return tous().stream()
                .filter(session -> session.utilisateurId().equals(utilisateurId) && session.estActiveLe(instant))
                .sorted(Comparator.comparing(SessionUtilisateur::derniereActivite).reversed())
                .toList();
    }

    @Override
    public void verifierSecondFacteur(SessionId id, Instant instant) {
        modifier(id, session -> session.verifierSecondFacteur(instant));
    }

    @Override
    public void retirerEtape(SessionId id, EtapeObligatoire etape) {
        modifier(id, session -> session.terminerEtape(etape));
    }

    @Override
    public void revoquer(SessionId id, Instant instant) {
        modifier(id, session -> session.revoquer(instant));
    }

    @Override
    public void revoquerToutes(UtilisateurId utilisateurId, Optional<SessionId> sauf, Instant instant) {
        for (SessionUtilisateur session : tous()) {
            if (session.utilisateurId().equals(utilisateurId) && !sauf.equals(Optional.of(session.id()))) {
                revoquer(session.id(), instant);
            }
        }
    }

    /** Deletes every session of that account, as its personal data are erased. */
    public void supprimerCellesDe(UtilisateurId utilisateurId) {
        cles(session -> session.utilisateurId().equals(utilisateurId)).forEach(this::supprimer);
    }

    /** The stored session, for assertions. */
    public SessionUtilisateur de(SessionId id) {
        return cleDe(id).flatMap(this::lire).orElseThrow(() -> new AssertionError("aucune session " + id));
    }

    private void modifier(SessionId id, Consumer<SessionUtilisateur> changement) {
        EmpreinteJeton cle = cleDe(id).orElseThrow(() -> new AssertionError("aucune session " + id));
        SessionUtilisateur session = lire(cle).orElseThrow();
        changement.accept(session);
        ecrire(cle, session);
    }

    private Optional<EmpreinteJeton> cleDe(SessionId id) {
        return premiereCle(session -> session.id().equals(id));
    }
}
