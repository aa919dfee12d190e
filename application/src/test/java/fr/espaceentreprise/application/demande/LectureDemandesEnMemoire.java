package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.DemandeId;

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
import java.util.Optional;
import java.util.Set;

/** The demandes en attente de retour computed from the stored demandes, oldest request first. */
public final class LectureDemandesEnMemoire implements LectureDemandes, LectureSuiviDemandes {

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

    @Override
    public List<DemandeResume> lister(Collection<EntrepriseId> entreprisesRetenues, FiltreDemandes filtre,
                                      Optional<CurseurChronologique> apres, int nombre) {
        transactions.exigerTransaction();
        if (entreprisesRetenues.isEmpty()) {
            throw new AssertionError("liste de demandes sans entreprise");
        }
        Set<EntrepriseId> retenues = Set.copyOf(entreprisesRetenues);
        Comparator<Demande> recentes = PLUS_ANCIENNES.reversed();
        return demandes.tous().stream()
                .filter(demande -> retenues.contains(demande.entrepriseId()))
                .filter(demande -> garde(filtre, demande))
                .filter(demande -> apres.map(curseur -> recentes.compare(demande, borne(curseur)) > 0).orElse(true))
                .sorted(recentes)
                .limit(nombre)
                .map(this::resume)
                .toList();
    }

    @Override
    public List<DemandeResume> file(FiltreDemandes filtre, Optional<CurseurChronologique> apres, int nombre) {
        transactions.exigerTransaction();
        return demandes.tous().stream()
                .filter(demande -> garde(filtre, demande))
                .filter(demande -> apres.map(curseur -> PLUS_ANCIENNES.compare(demande, borne(curseur)) > 0)
                        .orElse(true))
                .sorted(PLUS_ANCIENNES)
                .limit(nombre)
                .map(this::resume)
                .toList();
    }

    private static final Comparator<Demande> PLUS_ANCIENNES = Comparator.comparing(Demande::soumiseLe)
            .thenComparing(demande -> demande.id().valeur(), OrdreSql.UUID);

    private static boolean garde(FiltreDemandes filtre, Demande demande) {
        return filtre.statut().map(statut -> statut == demande.statut()).orElse(true)
                && filtre.type().map(type -> type == demande.type()).orElse(true)
                && filtre.entrepriseId().map(id -> id.equals(demande.entrepriseId())).orElse(true);
    }

    /** A demande standing where the cursor stops, to compare the others with. */
    private static Demande borne(CurseurChronologique curseur) {
        return Demande.soumettre(new DemandeId(curseur.id()), EntrepriseId.nouveau(), UtilisateurId.nouveau(),
                new Autre("borne", "borne"), curseur.instant());
    }

    private DemandeResume resume(Demande demande) {
        List<EvenementDemande> historique = demande.historique();
        Optional<String> objet = demande.contenu() instanceof Autre autre ? Optional.of(autre.objet())
                : Optional.empty();
        return new DemandeResume(demande.id(), demande.type(), demande.statut(), demande.entrepriseId(),
                raisonSociale(demande), demande.soumiseLe(), historique.get(historique.size() - 1).instant(), objet);
    }

    private String raisonSociale(Demande demande) {
        return entreprises.trouver(demande.entrepriseId())
                .orElseThrow(() -> new IllegalStateException("demande sans entreprise " + demande.id()))
                .raisonSociale();
    }

    private DemandeEnAttente enAttente(Demande demande) {
        List<EvenementDemande> historique = demande.historique();
        String raisonSociale = entreprises.trouver(demande.entrepriseId())
                .orElseThrow(() -> new IllegalStateException("demande sans entreprise " + demande.id()))
                .raisonSociale();
        return new DemandeEnAttente(demande.id(), demande.type(), demande.entrepriseId(), raisonSociale,
                demande.soumiseLe(), historique.get(historique.size() - 1).instant());
    }
}
