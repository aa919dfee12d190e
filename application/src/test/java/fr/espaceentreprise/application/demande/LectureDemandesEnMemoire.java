package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.OrdreSql;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.EvenementDemande;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The demandes en attente de retour computed from the stored demandes, oldest request first. */
public final class LectureDemandesEnMemoire implements LectureDemandes {

    private final DemandesEnMemoire demandes;
    private final EntrepriseRepository entreprises;
    private final TransactionsEnMemoire transactions;

    public LectureDemandesEnMemoire(DemandesEnMemoire demandes, EntrepriseRepository entreprises,
                                    TransactionsEnMemoire transactions) {
        this.demandes = demandes;
        this.entreprises = entreprises;
        this.transactions = transactions;
    }

    @Override
    public List<DemandeEnAttente> enAttenteDeRetour(Collection<EntrepriseId> entreprisesRetenues, int limite) {
        transactions.exigerTransaction();
        Set<EntrepriseId> retenues = Set.copyOf(entreprisesRetenues);
        return demandes.tous().stream()
                .filter(demande -> demande.statut() == StatutDemande.EN_ATTENTE_DE_RETOUR)
                .filter(demande -> retenues.contains(demande.entrepriseId()))
                .sorted(Comparator.comparing(Demande::soumiseLe)
                        .thenComparing(demande -> demande.id().valeur(), OrdreSql.UUID))
                .limit(limite)
                .map(this::enAttente)
                .toList();
    }

    private DemandeEnAttente enAttente(Demande demande) {
        List<EvenementDemande> historique = demande.historique();
        String raisonSociale = entreprises.findById(demande.entrepriseId())
                .orElseThrow(() -> new IllegalStateException("demande sans entreprise " + demande.id()))
                .raisonSociale();
        return new DemandeEnAttente(demande.id(), demande.type(), demande.entrepriseId(), raisonSociale,
                demande.soumiseLe(), historique.get(historique.size() - 1).instant());
    }
}
