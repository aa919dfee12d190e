package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Both forms follow the same steps: a limit per source address that refuses aloud, a limit per value typed that
 * only stops the mail, then the mail and its audit line in one transaction.
 */
public final class RecupererAccesService implements RecupererAcces {

    /** Per source address, for each of the two forms. */
    public static final Limite LIMITE_PAR_IP = new Limite(10, Duration.ofHours(1));
    /** Per numéro or e-mail typed, known or not, and without telling. */
    public static final Limite LIMITE_PAR_VALEUR = new Limite(3, Duration.ofHours(1));

    private final UtilisateurRepository utilisateurs;
    private final Notifications notifications;
    private final LimiteurDeDebit limiteur;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public RecupererAccesService(UtilisateurRepository utilisateurs, Notifications notifications,
                                 LimiteurDeDebit limiteur, JournalAudit journal, ControleAcces acces,
                                 Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.notifications = notifications;
        this.limiteur = limiteur;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void motDePasseOublie(MotDePasseOublie demande) {
        traiter("mot-de-passe-oublie", demande.ip().toString(), "numero:" + demande.numeroAdherent(),
                (limiteAtteinte, maintenant) -> {
                    Optional<Utilisateur> compte = utilisateurs.trouverParNumeroAdherent(demande.numeroAdherent());
                    String detail;
                    if (compte.isEmpty()) {
                        detail = "compte_inconnu";
                    } else if (!compte.get().peutSeConnecter()) {
                        detail = "compte_" + compte.get().statut().name().toLowerCase(Locale.ROOT);
                    } else if (limiteAtteinte) {
                        detail = "limite_atteinte";
                    } else {
                        notifications.envoyer(CourrielsCompte.motDePasseProvisoire(compte.get(),
                                CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE));
                        detail = "courriel_envoye";
                    }
                    journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.MOT_DE_PASSE_OUBLIE, maintenant,
                            compte.map(Utilisateur::id).orElse(null), demande.numeroAdherent(), demande.ip(),
                            detail));
                });
    }

    @Override
    public void identifiantOublie(IdentifiantOublie demande) {
        traiter("identifiant-oublie", demande.ip().toString(),
                "email:" + demande.email().valeur().toLowerCase(Locale.ROOT), (limiteAtteinte, maintenant) -> {
                    List<Utilisateur> comptes = utilisateurs.trouverParEmail(demande.email()).stream()
                            .filter(Utilisateur::peutSeConnecter)
                            .toList();
                    if (comptes.isEmpty() || limiteAtteinte) {
                        journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE, maintenant,
                                null, null, demande.ip(), comptes.isEmpty() ? "aucun_compte" : "limite_atteinte"));
                        return;
                    }
                    for (Utilisateur compte : comptes) {
                        notifications.envoyer(CourrielsCompte.rappelNumeroAdherent(compte,
                                CourrielsCompte.CONTEXTE_IDENTIFIANT_OUBLIE));
                        journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE, maintenant,
                                compte.id(), compte.numeroAdherent(), demande.ip(), "courriel_envoye"));
                    }
                });
    }

    /**
     * @param formulaire the prefix of the limits' keys
     * @param valeur     what the visitor typed, as counted by its limit
     */
    private void traiter(String formulaire, String ip, String valeur, Traitement traitement) {
        acces.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
        Instant maintenant = horloge.instant();
        LIMITE_PAR_IP.consommer(limiteur, formulaire + ":ip:" + ip, maintenant).ifPresent(attente -> {
            throw new TropDeTentativesException(attente);
        });
        boolean limiteAtteinte = LIMITE_PAR_VALEUR.consommer(limiteur, formulaire + ":" + valeur, maintenant)
                .isPresent();
        transactions.enTransaction(() -> traitement.traiter(limiteAtteinte, maintenant));
    }

    @FunctionalInterface
    private interface Traitement {
        void traiter(boolean limiteAtteinte, Instant maintenant);
    }
}
