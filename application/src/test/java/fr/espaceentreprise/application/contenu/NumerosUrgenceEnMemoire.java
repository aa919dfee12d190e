package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

public final class NumerosUrgenceEnMemoire implements NumerosUrgenceRepository, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private Map<ZoneUrgence, NumeroZone> zones = new EnumMap<>(ZoneUrgence.class);
    private CentreDeGestion centre;

    public NumerosUrgenceEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    @Override
    public Map<ZoneUrgence, NumeroZone> zones() {
        return Map.copyOf(zones);
    }

    @Override
    public void enregistrer(NumeroZone numero) {
        transactions.exigerTransaction();
        zones.put(numero.zone(), numero);
    }

    @Override
    public Optional<CentreDeGestion> centreDeGestion() {
        return Optional.ofNullable(centre);
    }

    @Override
    public void enregistrer(CentreDeGestion nouveau) {
        transactions.exigerTransaction();
        centre = nouveau;
    }

    @Override
    public Object instantane() {
        return new Object[] {new EnumMap<>(zones), centre};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        Object[] etat = (Object[]) instantane;
        zones = (Map<ZoneUrgence, NumeroZone>) etat[0];
        centre = (CentreDeGestion) etat[1];
    }
}
