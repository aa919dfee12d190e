package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.DecisionInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.StatutInscription;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class DemandesInscriptionEnMemoire extends DepotEnMemoire<DemandeInscriptionId, DemandeInscription>
        implements DemandeInscriptionRepository {

    private static final Comparator<DemandeInscription> CHRONOLOGIQUE =
            Comparator.comparing(DemandeInscription::recueLe).thenComparing(d -> d.id().valeur(), OrdreSql.UUID);

    public DemandesInscriptionEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, Copies::de);
    }

    public DemandeInscription ajouter(DemandeInscription demande) {
        ajouter(demande.id(), demande);
        return demande;
    }

    @Override
    public void enregistrer(DemandeInscription demande) {
        ecrire(demande.id(), demande);
    }

    @Override
    public Optional<DemandeInscription> trouver(DemandeInscriptionId id) {
        return lire(id);
    }

    @Override
    public List<DemandeInscription> listerEnAttente(Optional<CurseurChronologique> apres, int nombre) {
        return tous().stream()
                .filter(d -> d.statut() == StatutInscription.EN_ATTENTE)
                .filter(d -> apres.map(curseur -> apres(d, curseur)).orElse(true))
                .sorted(CHRONOLOGIQUE)
                .limit(nombre)
                .toList();
    }

    private static boolean apres(DemandeInscription demande, CurseurChronologique curseur) {
        int parInstant = demande.recueLe().compareTo(curseur.instant());
        return parInstant > 0 || (parInstant == 0 && OrdreSql.UUID.compare(demande.id().valeur(), curseur.id()) > 0);
    }

    @Override
    public Optional<DemandeInscription> trouverDerniereValidee(NumeroAdherent numeroAdherent) {
        return tous().stream()
                .filter(d -> d.statut() == StatutInscription.VALIDEE && d.numeroAdherent().equals(numeroAdherent))
                .max(Comparator.comparing(d -> d.decision().map(DecisionInscription::instant).orElseThrow()));
    }

    public DemandeInscription de(DemandeInscriptionId id) {
        return lire(id).orElseThrow(() -> new AssertionError("aucune demande " + id));
    }
}
