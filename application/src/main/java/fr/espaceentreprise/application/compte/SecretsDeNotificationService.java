package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.SecretsDeNotification;
import fr.espaceentreprise.domain.compte.CodeConfirmationEmail;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Draws the secret of an account mail at dispatch time, stores only its hash on the account's credentials and
 * hands the clear value to the mail: MOT_DE_PASSE_PROVISOIRE gets {@value CourrielsCompte#MOT_DE_PASSE_PROVISOIRE}
 * (valid 72 h), CODE_CONFIRMATION_EMAIL gets {@value CourrielsCompte#CODE} (6 digits, valid 10 min, for the
 * address the mail goes to). Other mails carry no secret: nothing is added. Joins the dispatch transaction, so a
 * send that fails forgets the secret with it.
 */
public final class SecretsDeNotificationService implements SecretsDeNotification {

    private final IdentifiantsRepository identifiantsRepository;
    private final GenerateurSecrets generateur;
    private final PasswordHasher hacheur;
    private final Transactions transactions;
    private final Clock horloge;

    public SecretsDeNotificationService(IdentifiantsRepository identifiantsRepository, GenerateurSecrets generateur,
                                        PasswordHasher hacheur, Transactions transactions, Clock horloge) {
        this.identifiantsRepository = identifiantsRepository;
        this.generateur = generateur;
        this.hacheur = hacheur;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Map<String, String> produire(Notification notification) {
        switch (notification.type()) {
            case MOT_DE_PASSE_PROVISOIRE:
                return transactions.enTransaction(() -> motDePasseProvisoire(notification));
            case CODE_CONFIRMATION_EMAIL:
                return transactions.enTransaction(() -> codeConfirmation(notification));
            default:
                return Map.of();
        }
    }

    private Map<String, String> motDePasseProvisoire(Notification notification) {
        Instant maintenant = horloge.instant();
        Identifiants identifiants = identifiantsDe(notification.utilisateurId().orElseThrow());
        char[] motDePasse = generateur.motDePasseProvisoire();
        try {
            identifiants.emettreMotDePasseProvisoire(hacheur.hacher(motDePasse), maintenant,
                    CourrielsCompte.CONTEXTE_MOT_DE_PASSE_OUBLIE.equals(notification.parametres()
                            .get(CourrielsCompte.CONTEXTE))
                            ? MotDePasseProvisoire.VALIDITE_OUBLI : MotDePasseProvisoire.VALIDITE_INSCRIPTION);
            identifiantsRepository.enregistrer(identifiants);
            return Map.of(CourrielsCompte.MOT_DE_PASSE_PROVISOIRE, new String(motDePasse));
        } finally {
            Arrays.fill(motDePasse, '\0');
        }
    }

    private Map<String, String> codeConfirmation(Notification notification) {
        Instant maintenant = horloge.instant();
        Identifiants identifiants = identifiantsDe(notification.utilisateurId().orElseThrow());
        String code = generateur.codeNumerique(CodeConfirmationEmail.CHIFFRES);
        char[] chiffres = code.toCharArray();
        try {
            identifiants.emettreCodeEmail(hacheur.hacher(chiffres), notification.destinataire(), maintenant);
            identifiantsRepository.enregistrer(identifiants);
            return Map.of(CourrielsCompte.CODE, code);
        } finally {
            Arrays.fill(chiffres, '\0');
        }
    }

    /** Accounts created before credentials existed (seeded ones) get theirs on their first temporary password. */
    private Identifiants identifiantsDe(UtilisateurId utilisateurId) {
        return identifiantsRepository.trouverParUtilisateur(utilisateurId)
                .orElseGet(() -> Identifiants.nouveaux(utilisateurId));
    }
}
