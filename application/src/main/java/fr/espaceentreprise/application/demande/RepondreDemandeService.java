package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.entreprise.Entreprise;

import java.time.Clock;
import java.time.Instant;

public final class RepondreDemandeService implements RepondreDemande {

    private final EntrepriseRepository entreprises;
    private final DemandeRepository demandes;
    private final DemandesVisibles visibles;
    private final PiecesJointesRepository piecesJointes;
    private final CourrielsDemande courriels;
    private final AuditDemandes audit;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public RepondreDemandeService(EntrepriseRepository entreprises, DemandeRepository demandes,
                                  PiecesJointesRepository piecesJointes, UtilisateurRepository utilisateurs,
                                  Notifications notifications, JournalAudit journal, ControleAcces acces, Transactions transactions,
                                  Clock horloge) {
        this.entreprises = entreprises;
        this.demandes = demandes;
        this.visibles = new DemandesVisibles(demandes);
        this.piecesJointes = piecesJointes;
        this.courriels = new CourrielsDemande(utilisateurs, notifications);
        this.audit = new AuditDemandes(journal);
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void repondre(Commande commande) {
        acces.exigerRubrique(commande.acteur(), Rubrique.DEMANDES);
        if (commande.acteur().estGestionnaire()) {
            throw Introuvables.demande();
        }
        PieceJointe.verifierNombre(commande.piecesJointes());
        transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            Demande demande = visibles.lire(commande.acteur(), commande.demandeId());
            Entreprise entreprise = entreprises.trouver(demande.entrepriseId()).orElseThrow(Introuvables::demande);
            demande.repondre(commande.acteur().utilisateurId(), commande.message(), maintenant);
            demandes.enregistrer(demande);
            if (!commande.piecesJointes().isEmpty()) {
                piecesJointes.ajouter(demande.id(), maintenant, commande.piecesJointes());
            }
            courriels.statutChange(demande, false);
            audit.enregistrer(TypeEvenementAudit.DEMANDE_REPONDUE, maintenant, commande.acteur(), entreprise,
                    demande, commande.ip());
        });
    }
}
