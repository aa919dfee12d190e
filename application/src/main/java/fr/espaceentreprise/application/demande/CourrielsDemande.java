package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.EvenementDemande;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mails of the demandes capability, always to the demande's author, in his language. Parameters:
 * <ul>
 *   <li>DEMANDE_RECUE: prenom, nom, demandeId, typeDemande (a {@code TypeDemande} name).</li>
 *   <li>DEMANDE_STATUT_CHANGE: the same, plus statut (a {@code StatutDemande} name) and, when the move carried
 *       one, message (the back office's message or motif, meant for the user; absent after the user's own
 *       reply).</li>
 * </ul>
 * An author whose account was deleted gets nothing.
 */
public final class CourrielsDemande {

    public static final String PRENOM = "prenom";
    public static final String NOM = "nom";
    public static final String DEMANDE_ID = "demandeId";
    public static final String TYPE_DEMANDE = "typeDemande";
    public static final String STATUT = "statut";
    public static final String MESSAGE = "message";

    private final UtilisateurRepository utilisateurs;
    private final Notifications notifications;

    CourrielsDemande(UtilisateurRepository utilisateurs, Notifications notifications) {
        this.utilisateurs = utilisateurs;
        this.notifications = notifications;
    }

    void recue(Demande demande) {
        envoyer(demande, TypeNotification.DEMANDE_RECUE, false);
    }

    void statutChange(Demande demande, boolean avecMessage) {
        envoyer(demande, TypeNotification.DEMANDE_STATUT_CHANGE, avecMessage);
    }

    private void envoyer(Demande demande, TypeNotification type, boolean avecMessage) {
        Optional<Utilisateur> auteur = utilisateurs.trouver(demande.auteur())
                .filter(utilisateur -> utilisateur.statut() != StatutCompte.SUPPRIME);
        if (auteur.isEmpty()) {
            return;
        }
        Utilisateur utilisateur = auteur.get();
        Map<String, String> parametres = new HashMap<>(Map.of(PRENOM, utilisateur.prenom(), NOM, utilisateur.nom(),
                DEMANDE_ID, demande.id().toString(), TYPE_DEMANDE, demande.type().name()));
        if (type == TypeNotification.DEMANDE_STATUT_CHANGE) {
            parametres.put(STATUT, demande.statut().name());
            List<EvenementDemande> historique = demande.historique();
            String message = historique.get(historique.size() - 1).message();
            if (avecMessage && message != null) {
                parametres.put(MESSAGE, message);
            }
        }
        notifications.envoyer(new Notification(type, utilisateur.email(), utilisateur.langue(),
                Optional.of(utilisateur.id()), parametres));
    }
}
