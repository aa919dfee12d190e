package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import java.time.Clock;
import java.time.Instant;

public final class ValiderInscriptionService implements ValiderInscription {

    private final DemandeInscriptionRepository demandes;
    private final ControleurInscriptions controleur;
    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiants;
    private final Notifications notifications;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ValiderInscriptionService(DemandeInscriptionRepository demandes, ControleurInscriptions controleur,
                                     UtilisateurRepository utilisateurs, IdentifiantsRepository identifiants,
                                     Notifications notifications, JournalAudit journal, ControleAcces acces, Transactions transactions,
                                     Clock horloge) {
        this.demandes = demandes;
        this.controleur = controleur;
        this.utilisateurs = utilisateurs;
        this.identifiants = identifiants;
        this.notifications = notifications;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public UtilisateurId valider(Commande commande) {
        acces.exigerGestionnaire(commande.acteur());
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            DemandeInscription demande = demandes.trouver(commande.demandeInscriptionId())
                    .orElseThrow(Introuvable::exception);
            ControleurInscriptions.Verification verification = controleur.verifier(demande);
            demande.valider(commande.acteur().utilisateurId(), verification.controles(), maintenant);

            Utilisateur utilisateur = Utilisateur.creer(UtilisateurId.nouveau(), demande.numeroAdherent(),
                    demande.profil(), verification.entreprise().map(Entreprise::id).orElse(null),
                    verification.mandataire().map(Mandataire::id).orElse(null), demande.nom(), demande.prenom(),
                    demande.email(), demande.langue());
            utilisateurs.enregistrer(utilisateur);
            identifiants.enregistrer(Identifiants.nouveaux(utilisateur.id()));
            demandes.enregistrer(demande);
            notifications.envoyer(CourrielsCompte.motDePasseProvisoire(utilisateur,
                    CourrielsCompte.CONTEXTE_INSCRIPTION));
            notifications.envoyer(CourrielsCompte.rappelNumeroAdherent(utilisateur,
                    CourrielsCompte.CONTEXTE_INSCRIPTION));
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.INSCRIPTION_VALIDEE, maintenant,
                    commande.acteur().utilisateurId(), demande.numeroAdherent(), commande.ip(),
                    "demandeInscription=" + demande.id() + " utilisateur=" + utilisateur.id()));
            return utilisateur.id();
        });
    }
}
