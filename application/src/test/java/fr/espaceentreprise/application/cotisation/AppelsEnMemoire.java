package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;

import java.util.Optional;

public final class AppelsEnMemoire extends DepotEnMemoire<AppelDeCotisationId, AppelDeCotisation>
        implements AppelDeCotisationRepository {

    public AppelsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, AppelsEnMemoire::copie);
    }

    public AppelDeCotisation ajouter(AppelDeCotisation appel) {
        ajouter(appel.id(), appel);
        return appel;
    }

    @Override
    public Optional<AppelDeCotisation> trouver(AppelDeCotisationId id) {
        return lire(id);
    }

    @Override
    public Optional<AppelDeCotisation> trouverParNumeroQuittance(NumeroQuittance numeroQuittance) {
        return premiereCle(appel -> appel.numeroQuittance().equals(numeroQuittance)).flatMap(this::lire);
    }

    @Override
    public void enregistrer(AppelDeCotisation appel) {
        boolean numeroPris = tous().stream().anyMatch(autre -> !autre.id().equals(appel.id())
                && autre.numeroQuittance().equals(appel.numeroQuittance()));
        if (numeroPris) {
            throw new RegleMetierException("numeroQuittance.deja_utilise", NumeroQuittance.CHAMP);
        }
        ecrire(appel.id(), appel);
    }

    private static AppelDeCotisation copie(AppelDeCotisation a) {
        return AppelDeCotisation.rehydrater(a.id(), a.contratId(), a.numeroQuittance(), a.periode(), a.echeance(),
                a.montantAppele(), a.paiements());
    }
}
