package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What suspending, reactivating or deleting an account does, wherever it is decided (the back office's account
 * page, or the validation of the user's own demande): the account's move, its sessions ended, the decision kept
 * with its motif, an audit line {@code motif=<MotifCompte>}, and an e-mail to the user in his language
 * (parameters {@link #PRENOM}, {@link #NOM}; no motif: the mail sends the user to the Centre relations clients).
 * A deletion also erases his personal data ({@link EffacementDonnees}); its mail is queued first, to the address
 * about to be erased. Runs in the caller's transaction; the caller has authorised the act.
 */
public final class FermetureCompte {

    public static final String PRENOM = "prenom";
    public static final String NOM = "nom";

    private final UtilisateurRepository utilisateurs;
    private final SessionRepository sessions;
    private final EffacementDonnees effacement;
    private final DecisionsCompteRepository decisions;
    private final Notifications notifications;
    private final JournalAudit journal;

    public FermetureCompte(UtilisateurRepository utilisateurs, SessionRepository sessions,
                           EffacementDonnees effacement, DecisionsCompteRepository decisions,
                           Notifications notifications, JournalAudit journal) {
        this.utilisateurs = utilisateurs;
        this.sessions = sessions;
        this.effacement = effacement;
        this.decisions = decisions;
        this.notifications = notifications;
        this.journal = journal;
    }

    public void suspendre(Utilisateur compte, UtilisateurId par, MotifCompte motif, String precision, AdresseIp ip,
                          Instant instant) {
        DecisionCompte decision = DecisionCompte.de(compte.id(), TypeDecisionCompte.SUSPENSION, motif, precision,
                par, instant);
        compte.suspendre();
        utilisateurs.enregistrer(compte);
        sessions.revoquerToutes(compte.id(), Optional.empty(), instant);
        notifier(compte, TypeNotification.COMPTE_SUSPENDU);
        conclure(decision, compte, TypeEvenementAudit.COMPTE_SUSPENDU, ip);
    }

    public void reactiver(Utilisateur compte, UtilisateurId par, AdresseIp ip, Instant instant) {
        DecisionCompte decision = DecisionCompte.de(compte.id(), TypeDecisionCompte.REACTIVATION, null, null, par,
                instant);
        compte.reactiver();
        utilisateurs.enregistrer(compte);
        notifier(compte, TypeNotification.COMPTE_REACTIVE);
        conclure(decision, compte, TypeEvenementAudit.COMPTE_REACTIVE, ip);
    }

    public void supprimer(Utilisateur compte, UtilisateurId par, MotifCompte motif, String precision, AdresseIp ip,
                          Instant instant) {
        DecisionCompte decision = DecisionCompte.de(compte.id(), TypeDecisionCompte.SUPPRESSION, motif, precision,
                par, instant);
        Notification courriel = courriel(compte, TypeNotification.COMPTE_SUPPRIME);
        compte.supprimer();
        sessions.revoquerToutes(compte.id(), Optional.empty(), instant);
        utilisateurs.enregistrer(compte);
        effacement.effacer(compte);
        notifications.envoyer(courriel);
        conclure(decision, compte, TypeEvenementAudit.COMPTE_SUPPRIME, ip);
    }

    private void notifier(Utilisateur compte, TypeNotification type) {
        notifications.envoyer(courriel(compte, type));
    }

    private static Notification courriel(Utilisateur compte, TypeNotification type) {
        return new Notification(type, compte.email(), compte.langue(), Optional.of(compte.id()),
                Map.of(PRENOM, compte.prenom(), NOM, compte.nom()));
    }

    private void conclure(DecisionCompte decision, Utilisateur compte, TypeEvenementAudit type, AdresseIp ip) {
        decisions.enregistrer(decision);
        journal.enregistrer(EvenementAudit.de(type, decision.instant(), decision.par(), compte.numeroAdherent(), ip,
                decision.motif().map(motif -> "compte=" + compte.id() + " motif=" + motif)
                        .orElse("compte=" + compte.id())));
    }
}
