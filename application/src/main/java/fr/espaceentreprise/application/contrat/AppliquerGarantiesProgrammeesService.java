package fr.espaceentreprise.application.contrat;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.contrat.Contrat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public final class AppliquerGarantiesProgrammeesService implements AppliquerGarantiesProgrammees {

    static final int LOT = 200;

    private final ContratRepository contrats;
    private final Transactions transactions;
    private final Clock horloge;

    public AppliquerGarantiesProgrammeesService(ContratRepository contrats, Transactions transactions,
                                                Clock horloge) {
        this.contrats = contrats;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    /** By batches, each in its own transaction: an applied change leaves the set read, so the loop ends. */
    @Override
    public int appliquer() {
        LocalDate aujourdhui = LocalDate.now(horloge);
        int appliquees = 0;
        int lot;
        do {
            lot = transactions.enTransaction(() -> {
                List<Contrat> dus = contrats.avecGarantieProgrammeeAu(aujourdhui, LOT);
                for (Contrat contrat : dus) {
                    contrat.appliquerGarantieProgrammee(aujourdhui);
                    contrats.enregistrer(contrat);
                }
                return dus.size();
            });
            appliquees += lot;
        } while (lot == LOT);
        return appliquees;
    }
}
