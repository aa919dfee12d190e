package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.ResultatConfirmationEmail;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** A wrong code costs an attempt: it is stored, then the refusal is thrown once the transaction has committed. */
public final class ConfirmerEmailService implements ConfirmerEmail {

    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiantsRepository;
    private final SessionRepository sessions;
    private final PasswordHasher hacheur;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ConfirmerEmailService(UtilisateurRepository utilisateurs, IdentifiantsRepository identifiantsRepository,
                                 SessionRepository sessions, PasswordHasher hacheur, JournalAudit journal,
                                 ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.identifiantsRepository = identifiantsRepository;
        this.sessions = sessions;
        this.hacheur = hacheur;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Set<EtapeObligatoire> confirmer(Commande commande) {
        acces.exigerConnecte(commande.session().acteur());
        SessionAuthentifiee session = commande.session();
        Issue issue = transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            Utilisateur utilisateur = utilisateurs.trouver(session.utilisateurId())
                    .orElseThrow(Introuvable::exception);
            Identifiants identifiants = identifiantsRepository.trouverParUtilisateur(utilisateur.id())
                    .orElseGet(() -> Identifiants.nouveaux(utilisateur.id()));
            ResultatConfirmationEmail resultat = identifiants.confirmerEmail(
                    empreinte -> codeCorrespond(commande.code(), empreinte), maintenant);
            identifiantsRepository.enregistrer(identifiants);
            boolean etapeFaite = identifiants.aConfirme(utilisateur.email());
            if (resultat == ResultatConfirmationEmail.CONFIRME) {
                journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.EMAIL_CONFIRME, maintenant, utilisateur.id(),
                        utilisateur.numeroAdherent(), commande.ip(), null));
                if (etapeFaite) {
                    sessions.retirerEtape(session.sessionId(), EtapeObligatoire.CONFIRMER_EMAIL);
                }
            }
            int essaisRestants = identifiants.codeEmail().map(code -> code.essaisRestants()).orElse(0);
            return new Issue(resultat, essaisRestants, etapeFaite);
        });
        switch (issue.resultat()) {
            case CONFIRME:
                break;
            case CODE_INCORRECT:
                throw new RegleMetierException("email.code.incorrect", CHAMP,
                        Map.of("essaisRestants", issue.essaisRestants()));
            case ESSAIS_EPUISES:
                throw new RegleMetierException("email.code.epuise", CHAMP);
            case CODE_EXPIRE:
                throw new RegleMetierException("email.code.expire", CHAMP);
            case AUCUN_CODE:
                throw new RegleMetierException("email.code.absent", CHAMP);
            default:
                throw new IllegalStateException("issue inconnue " + issue.resultat());
        }
        return issue.etapeFaite() ? session.etapesApres(EtapeObligatoire.CONFIRMER_EMAIL) : session.etapesEnAttente();
    }

    private boolean codeCorrespond(String code, String empreinte) {
        char[] chiffres = code.toCharArray();
        try {
            return hacheur.correspond(chiffres, empreinte);
        } finally {
            Arrays.fill(chiffres, '\0');
        }
    }

    private record Issue(ResultatConfirmationEmail resultat, int essaisRestants, boolean etapeFaite) {
    }
}
