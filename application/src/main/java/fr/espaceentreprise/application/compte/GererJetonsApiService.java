package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public final class GererJetonsApiService implements GererJetonsApi {

    static final String INTROUVABLE = "jetonApi.introuvable";

    private final UtilisateurRepository utilisateurs;
    private final JetonsApiRepository jetons;
    private final GenerateurSecrets generateur;
    private final JournalAudit journal;
    private final Notifications notifications;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public GererJetonsApiService(UtilisateurRepository utilisateurs, JetonsApiRepository jetons,
                                 GenerateurSecrets generateur, JournalAudit journal, Notifications notifications,
                                 ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.jetons = jetons;
        this.generateur = generateur;
        this.journal = journal;
        this.notifications = notifications;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public List<JetonApi> lister(SessionAuthentifiee session) {
        exigerTitulaire(session);
        return transactions.enTransaction(() -> jetons.listerDe(session.utilisateurId()));
    }

    @Override
    public JetonCree creer(Creation creation) {
        SessionAuthentifiee session = creation.session();
        exigerTitulaire(session);
        Instant maintenant = horloge.instant();
        session.exigerSecondFacteurRecent(maintenant);
        JetonApi jetonApi = JetonApi.creer(JetonApiId.nouveau(), session.utilisateurId(), creation.nom(),
                creation.droits(), creation.expireLe(), maintenant);
        String jeton = generateur.jeton();
        transactions.enTransaction(() -> {
            jetons.ajouter(jetonApi, EmpreinteJeton.de(jeton));
            Utilisateur utilisateur = utilisateurs.trouver(session.utilisateurId()).orElseThrow(Introuvable::exception);
            auditer(TypeEvenementAudit.JETON_API_CREE, utilisateur, creation.ip(), maintenant,
                    "jeton=" + jetonApi.id() + " droits=" + jetonApi.droits());
            notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_JETON_API_CREE, utilisateur,
                    maintenant, creation.ip(), Map.of("nomJeton", jetonApi.nom(), "droits", jetonApi.droits().name(),
                            "expireLe", jetonApi.expireLe().toString())));
        });
        return new JetonCree(jetonApi, jeton);
    }

    @Override
    public void revoquer(SessionAuthentifiee session, JetonApiId id, AdresseIp ip) {
        exigerTitulaire(session);
        Instant maintenant = horloge.instant();
        transactions.enTransaction(() -> {
            JetonApi jeton = jetons.trouver(id)
                    .filter(trouve -> trouve.utilisateurId().equals(session.utilisateurId()))
                    .orElseThrow(() -> new IntrouvableException(INTROUVABLE));
            jeton.revoquer(maintenant);
            jetons.enregistrer(jeton);
            Utilisateur utilisateur = utilisateurs.trouver(session.utilisateurId()).orElseThrow(Introuvable::exception);
            auditer(TypeEvenementAudit.JETON_API_REVOQUE, utilisateur, ip, maintenant, "jeton=" + id);
        });
    }

    private void exigerTitulaire(SessionAuthentifiee session) {
        session.exigerSessionInteractive();
        acces.exigerEspace(session.acteur());
    }

    private void auditer(TypeEvenementAudit type, Utilisateur utilisateur, AdresseIp ip, Instant instant,
                         String detail) {
        journal.enregistrer(EvenementAudit.de(type, instant, utilisateur.id(), utilisateur.numeroAdherent(), ip,
                detail));
    }
}
