package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The three decisions share their checks; what each changes is {@link FermetureCompte}'s. */
public final class DeciderCompteService implements DeciderCompte {

    static final String SOI_MEME = "compte.soi_meme";

    private final UtilisateurRepository utilisateurs;
    private final SecondsFacteursRepository secondsFacteurs;
    private final SessionRepository sessions;
    private final JournalAudit journal;
    private final Notifications notifications;
    private final FermetureCompte fermeture;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public DeciderCompteService(UtilisateurRepository utilisateurs, SecondsFacteursRepository secondsFacteurs,
                                SessionRepository sessions, JournalAudit journal, Notifications notifications,
                                FermetureCompte fermeture, ControleAcces acces, Transactions transactions,
                                Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.secondsFacteurs = secondsFacteurs;
        this.sessions = sessions;
        this.journal = journal;
        this.notifications = notifications;
        this.fermeture = fermeture;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void suspendre(Fermeture commande) {
        acces.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> fermeture.suspendre(cible(commande.acteur(), commande.compte()),
                commande.acteur().utilisateurId(), commande.motif(), commande.precision(), commande.ip(),
                horloge.instant()));
    }

    @Override
    public void reactiver(Reactivation commande) {
        acces.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> fermeture.reactiver(cible(commande.acteur(), commande.compte()),
                commande.acteur().utilisateurId(), commande.ip(), horloge.instant()));
    }

    @Override
    public void supprimer(Fermeture commande) {
        acces.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> fermeture.supprimer(cible(commande.acteur(), commande.compte()),
                commande.acteur().utilisateurId(), commande.motif(), commande.precision(), commande.ip(),
                horloge.instant()));
    }

    @Override
    public void reinitialiserSecondFacteur(Reactivation commande) {
        acces.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            Utilisateur compte = cible(commande.acteur(), commande.compte());
            Instant maintenant = horloge.instant();
            secondsFacteurs.supprimer(compte.id());
            sessions.revoquerToutes(compte.id(), Optional.empty(), maintenant);
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.SECOND_FACTEUR_REINITIALISE, maintenant,
                    compte.id(), compte.numeroAdherent(), commande.ip(),
                    "par=" + commande.acteur().utilisateurId()));
            notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_SECOND_FACTEUR_REINITIALISE,
                    compte, maintenant, commande.ip(), Map.of()));
        });
    }

    private Utilisateur cible(Acteur gestionnaire, UtilisateurId compte) {
        Utilisateur utilisateur = utilisateurs.trouver(compte).orElseThrow(Introuvable::exception);
        if (utilisateur.id().equals(gestionnaire.utilisateurId())) {
            throw new RegleMetierException(SOI_MEME);
        }
        return utilisateur;
    }
}
