package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ClesIdempotenceEnMemoire
        extends DepotEnMemoire<ClesIdempotenceEnMemoire.Cle, ClesIdempotenceEnMemoire.Reservation>
        implements ClesIdempotence {

    public record Cle(UtilisateurId auteur, CleIdempotence cle) {
    }

    public record Reservation(DemandeId demandeId, Instant instant) {
    }

    public ClesIdempotenceEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, reservation -> reservation);
    }

    @Override
    public Optional<DemandeId> reserver(UtilisateurId auteur, CleIdempotence cle, DemandeId demandeId,
                                        Instant instant) {
        Cle cleComplete = new Cle(auteur, cle);
        Optional<Reservation> existante = lire(cleComplete);
        if (existante.isPresent()) {
            return existante.map(Reservation::demandeId);
        }
        ecrire(cleComplete, new Reservation(demandeId, instant));
        return Optional.empty();
    }

    @Override
    public int purgerAvant(Instant limite, int nombre) {
        List<Cle> anciennes = cles(reservation -> reservation.instant().isBefore(limite)).stream()
                .limit(nombre).toList();
        anciennes.forEach(this::supprimer);
        return anciennes.size();
    }
}
