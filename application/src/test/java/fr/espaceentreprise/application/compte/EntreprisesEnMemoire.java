package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Optional;

/**
 * Entreprises in memory, stored and read as copies. Writes through the port need a transaction (a validated
 * demande updates the entreprise); {@link #ajouter} sets a test's starting data.
 */
public final class EntreprisesEnMemoire extends DepotEnMemoire<EntrepriseId, Entreprise>
        implements EntrepriseRepository {

    public EntreprisesEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, EntreprisesEnMemoire::copie);
    }

    public Entreprise ajouter(Entreprise entreprise) {
        ajouter(entreprise.id(), entreprise);
        return entreprise;
    }

    @Override
    public Optional<Entreprise> trouver(EntrepriseId id) {
        return lire(id);
    }

    @Override
    public Optional<Entreprise> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return premiereCle(e -> e.numeroAdherent().equals(numeroAdherent)).flatMap(this::lire);
    }

    @Override
    public void enregistrer(Entreprise entreprise) {
        for (Entreprise autre : tous()) {
            if (autre.id().equals(entreprise.id())) {
                continue;
            }
            if (autre.numeroAdherent().equals(entreprise.numeroAdherent())) {
                throw new RegleMetierException("numeroAdherent.deja_utilise", "numeroAdherent");
            }
            if (autre.siret().equals(entreprise.siret())) {
                throw new RegleMetierException("siret.deja_utilise", "siret");
            }
        }
        ecrire(entreprise.id(), entreprise);
    }

    private static Entreprise copie(Entreprise e) {
        return Entreprise.rehydrater(e.id(), e.numeroAdherent(), e.raisonSociale(), e.siret(),
                e.adresseCorrespondance(), e.email(), e.telephone().orElse(null), e.modalitesPaiement());
    }
}
