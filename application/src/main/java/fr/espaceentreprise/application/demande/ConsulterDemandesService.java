package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.EvenementDemande;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class ConsulterDemandesService implements ConsulterDemandes {

    private final EntrepriseRepository entreprises;
    private final ContratRepository contrats;
    private final SalarieRepository salaries;
    private final DemandesVisibles demandes;
    private final PiecesJointesRepository piecesJointes;
    private final LectureSuiviDemandes lecture;
    private final UtilisateurRepository utilisateurs;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterDemandesService(EntrepriseRepository entreprises, ContratRepository contrats,
                                    SalarieRepository salaries, DemandeRepository demandes,
                                    PiecesJointesRepository piecesJointes, LectureSuiviDemandes lecture,
                                    UtilisateurRepository utilisateurs, ControleAcces acces, Transactions transactions) {
        this.entreprises = entreprises;
        this.contrats = contrats;
        this.salaries = salaries;
        this.demandes = new DemandesVisibles(demandes);
        this.piecesJointes = piecesJointes;
        this.lecture = lecture;
        this.utilisateurs = utilisateurs;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public Page<DemandeResume, CurseurChronologique> lister(Requete requete) {
        acces.exigerRubrique(requete.acteur(), Rubrique.DEMANDES);
        Acteur acteur = requete.acteur();
        Optional<EntrepriseId> choisie = requete.filtre().entrepriseId();
        if (choisie.isPresent() && !acteur.perimetre().voitEntreprise(choisie.get())) {
            throw new IntrouvableException(Visibilite.ENTREPRISE_INTROUVABLE);
        }
        Set<EntrepriseId> retenues = choisie.map(Set::of).orElse(acteur.perimetre().entreprises());
        if (acteur.estGestionnaire() || retenues.isEmpty()) {
            return new Page<>(List.of(), Optional.empty());
        }
        return transactions.enTransaction(() -> Page.depuis(
                lecture.lister(retenues, requete.filtre(), requete.apres(), requete.taille() + 1),
                requete.taille(), DemandeResume::curseur));
    }

    @Override
    public FicheDemande consulter(Acteur acteur, DemandeId demandeId) {
        acces.exigerRubrique(acteur, Rubrique.DEMANDES);
        return transactions.enTransaction(() -> {
            Demande demande = demandes.lire(acteur, demandeId);
            String raisonSociale = entreprises.trouver(demande.entrepriseId())
                    .orElseThrow(Introuvables::demande)
                    .raisonSociale();
            List<PieceJointeResume> pieces = piecesJointes.listerDe(demande.id());
            Map<UtilisateurId, Optional<Utilisateur>> auteurs = new HashMap<>();
            List<FicheDemande.Evenement> historique = demande.historique().stream()
                    .map(evenement -> ligne(evenement, pieces,
                            auteurs.computeIfAbsent(evenement.auteur(), utilisateurs::trouver)))
                    .toList();
            Optional<NumeroContrat> numeroContrat = demande.contenu().contratConcerne()
                    .flatMap(contrats::trouver).map(Contrat::numero);
            Optional<String> nomSalarie = demande.contenu().salarieConcerne()
                    .flatMap(salaries::trouver).map(salarie -> salarie.prenom() + " " + salarie.nom());
            return new FicheDemande(demande.id(), demande.type(), demande.statut(), demande.entrepriseId(),
                    raisonSociale, demande.contenu(), numeroContrat, nomSalarie, demande.soumiseLe(), historique);
        });
    }

    @Override
    public PieceJointe telecharger(Acteur acteur, DemandeId demandeId, PieceJointeId pieceJointeId) {
        acces.exigerRubrique(acteur, Rubrique.DEMANDES);
        return transactions.enTransaction(() -> {
            Demande demande = demandes.lire(acteur, demandeId);
            return piecesJointes.trouver(demande.id(), pieceJointeId)
                    .orElseThrow(() -> new IntrouvableException(Introuvables.PIECE_JOINTE));
        });
    }

    private static FicheDemande.Evenement ligne(EvenementDemande evenement, List<PieceJointeResume> pieces,
                                                Optional<Utilisateur> auteur) {
        // The back office's moves are told by their type, so a gestionnaire's deleted account changes nothing.
        boolean serviceGestion = evenement.type() != TypeEvenement.SOUMISSION
                && evenement.type() != TypeEvenement.REPONSE;
        Optional<String> nom = serviceGestion
                ? Optional.empty()
                : auteur.filter(u -> u.statut() != StatutCompte.SUPPRIME).map(u -> u.prenom() + " " + u.nom());
        List<PieceJointeResume> jointes = pieces.stream()
                .filter(piece -> piece.ajouteeLe().equals(evenement.instant()))
                .toList();
        return new FicheDemande.Evenement(evenement.instant(), evenement.type(), evenement.statut(),
                evenement.auteur(), nom, serviceGestion, Optional.ofNullable(evenement.message()), jointes);
    }
}
