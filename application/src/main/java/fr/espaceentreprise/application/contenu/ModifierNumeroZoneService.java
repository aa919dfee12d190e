package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;

import java.time.Clock;

public final class ModifierNumeroZoneService implements ModifierNumeroZone {

    private final NumerosUrgenceRepository numeros;
    private final BackOffice backOffice;
    private final Transactions transactions;

    public ModifierNumeroZoneService(NumerosUrgenceRepository numeros, JournalAudit journal,
                                     Transactions transactions, Clock horloge) {
        this.numeros = numeros;
        this.backOffice = new BackOffice(journal, horloge);
        this.transactions = transactions;
    }

    @Override
    public void modifier(Commande commande) {
        BackOffice.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            numeros.enregistrer(commande.numero());
            backOffice.auditer(commande.acteur(), commande.ip(), "zone=" + commande.numero().zone());
        });
    }
}
