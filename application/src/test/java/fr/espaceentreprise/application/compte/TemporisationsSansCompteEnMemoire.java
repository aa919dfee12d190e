package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Temporisation;
import java.util.Optional;

/** A state without any failure is not kept, as on PostgreSQL: the numéro then has none. */
public final class TemporisationsSansCompteEnMemoire extends DepotEnMemoire<NumeroAdherent, Temporisation>
        implements TemporisationSansCompteRepository {

    public TemporisationsSansCompteEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, temporisation -> temporisation);
    }

    @Override
    public Optional<Temporisation> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return lire(numeroAdherent);
    }

    @Override
    public void enregistrer(NumeroAdherent numeroAdherent, Temporisation temporisation) {
        if (temporisation.equals(Temporisation.AUCUNE)) {
            supprimer(numeroAdherent);
        } else {
            ecrire(numeroAdherent, temporisation);
        }
    }
}
