package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reference data for the account tests: read only. */
public final class EntreprisesEnMemoire implements EntrepriseRepository {

    private final List<Entreprise> entreprises = new ArrayList<>();

    public Entreprise ajouter(Entreprise entreprise) {
        entreprises.add(entreprise);
        return entreprise;
    }

    @Override
    public Optional<Entreprise> findById(EntrepriseId id) {
        return entreprises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Entreprise> findByNumeroAdherent(NumeroAdherent numeroAdherent) {
        return entreprises.stream().filter(e -> e.numeroAdherent().equals(numeroAdherent)).findFirst();
    }

    @Override
    public void save(Entreprise entreprise) {
        throw new UnsupportedOperationException("les comptes ne modifient pas les entreprises");
    }
}
