package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.FermetureCompte;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.entreprise.Entreprise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

public final class DeciderDemandeService implements DeciderDemande {

    private final EntrepriseRepository entreprises;
    private final DemandeRepository demandes;
    private final MiseEnOeuvre miseEnOeuvre;
    private final CourrielsDemande courriels;
    private final AuditDemandes audit;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    /** {@code fermeture} suspends or deletes the author's account of a validated SUPPRESSION_ACCES. */
    public DeciderDemandeService(EntrepriseRepository entreprises, ContratRepository contrats,
                                 SalarieRepository salaries, DemandeRepository demandes,
                                 UtilisateurRepository utilisateurs, FermetureCompte fermeture,
                                 Notifications notifications, JournalAudit journal, ControleAcces acces,
                                 Transactions transactions, Clock horloge) {
        this.entreprises = entreprises;
        this.demandes = demandes;
        this.miseEnOeuvre = new MiseEnOeuvre(entreprises, contrats, salaries, utilisateurs, fermeture);
        this.courriels = new CourrielsDemande(utilisateurs, notifications);
        this.audit = new AuditDemandes(journal);
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void decider(Commande commande) {
        acces.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            Demande demande = demandes.trouver(commande.demandeId()).orElseThrow(Introuvables::demande);
            Entreprise entreprise = entreprises.trouver(demande.entrepriseId()).orElseThrow(Introuvables::demande);
            UtilisateurId gestionnaire = commande.acteur().utilisateurId();
            TypeEvenementAudit type;
            switch (commande.statut()) {
                case VALIDEE -> {
                    demande.valider(gestionnaire, commande.message(), maintenant);
                    miseEnOeuvre.appliquer(demande, LocalDate.now(horloge), gestionnaire, commande.ip(), maintenant);
                    type = TypeEvenementAudit.DEMANDE_VALIDEE;
                }
                case REJETEE -> {
                    demande.rejeter(gestionnaire, commande.message(), maintenant);
                    type = TypeEvenementAudit.DEMANDE_REJETEE;
                }
                case EN_ATTENTE_DE_RETOUR -> {
                    demande.demanderComplement(gestionnaire, commande.message(), maintenant);
                    type = TypeEvenementAudit.DEMANDE_COMPLEMENT_DEMANDE;
                }
                default -> throw new ValeurInvalideException("demande.decision.invalide", "statut");
            }
            demandes.enregistrer(demande);
            courriels.statutChange(demande, true);
            audit.enregistrer(type, maintenant, commande.acteur(), entreprise, demande, commande.ip());
        });
    }
}
