package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The e-mails of the accounts capability and the parameters each carries, for the mail templates. Stored
 * parameters hold no secret; the secrets ({@link #MOT_DE_PASSE_PROVISOIRE}, {@link #CODE}) are added at dispatch
 * by {@link SecretsDeNotificationService}.
 *
 * <ul>
 *   <li>MOT_DE_PASSE_PROVISOIRE: prenom, nom, contexte (INSCRIPTION | MOT_DE_PASSE_OUBLIE); + motDePasseProvisoire
 *       at dispatch. Deliberately without the numéro d'adhérent: the two identifiers travel in separate mails.</li>
 *   <li>RAPPEL_NUMERO_ADHERENT: prenom, nom, numeroAdherent, contexte (INSCRIPTION | IDENTIFIANT_OUBLIE).</li>
 *   <li>INSCRIPTION_REJETEE: prenom, nom. The motif stays in the back office: written for colleagues, it may
 *       say whether a numéro exists; the mail points to the Centre relations clients instead.</li>
 *   <li>CODE_CONFIRMATION_EMAIL: prenom, nom; + code at dispatch.</li>
 * </ul>
 */
public final class CourrielsCompte {

    public static final String PRENOM = "prenom";
    public static final String NOM = "nom";
    public static final String NUMERO_ADHERENT = "numeroAdherent";
    public static final String CONTEXTE = "contexte";
    /** Added at dispatch: the temporary password, to print alone on its own line. */
    public static final String MOT_DE_PASSE_PROVISOIRE = "motDePasseProvisoire";
    /** Added at dispatch: the 6-digit code, to print alone on its own line. */
    public static final String CODE = "code";

    public static final String INSTANT = "instant";
    public static final String IP = "ip";

    public static final String CONTEXTE_INSCRIPTION = "INSCRIPTION";
    public static final String CONTEXTE_MOT_DE_PASSE_OUBLIE = "MOT_DE_PASSE_OUBLIE";
    public static final String CONTEXTE_IDENTIFIANT_OUBLIE = "IDENTIFIANT_OUBLIE";

    private CourrielsCompte() {
    }

    static Notification motDePasseProvisoire(Utilisateur utilisateur, String contexte) {
        return new Notification(TypeNotification.MOT_DE_PASSE_PROVISOIRE, utilisateur.email(), utilisateur.langue(),
                Optional.of(utilisateur.id()),
                Map.of(PRENOM, utilisateur.prenom(), NOM, utilisateur.nom(), CONTEXTE, contexte));
    }

    static Notification rappelNumeroAdherent(Utilisateur utilisateur, String contexte) {
        return new Notification(TypeNotification.RAPPEL_NUMERO_ADHERENT, utilisateur.email(), utilisateur.langue(),
                Optional.of(utilisateur.id()),
                Map.of(PRENOM, utilisateur.prenom(), NOM, utilisateur.nom(),
                        NUMERO_ADHERENT, utilisateur.numeroAdherent().valeur(), CONTEXTE, contexte));
    }

    static Notification inscriptionRejetee(DemandeInscription demande) {
        return new Notification(TypeNotification.INSCRIPTION_REJETEE, demande.email(), demande.langue(),
                Optional.empty(), Map.of(PRENOM, demande.prenom(), NOM, demande.nom()));
    }

    static Notification codeConfirmationEmail(Utilisateur utilisateur) {
        return new Notification(TypeNotification.CODE_CONFIRMATION_EMAIL, utilisateur.email(), utilisateur.langue(),
                Optional.of(utilisateur.id()), Map.of(PRENOM, utilisateur.prenom(), NOM, utilisateur.nom()));
    }

    /** A security notice to the account's address: the event, its instant and address, and {@code autres}. */
    static Notification securite(TypeNotification type, Utilisateur utilisateur, Instant instant, AdresseIp ip,
                                 Map<String, String> autres) {
        if (autres.keySet().stream().anyMatch(cle -> Set.of(PRENOM, NOM, INSTANT, IP).contains(cle))) {
            throw new IllegalArgumentException("prenom, nom, instant and ip are the notice's own: " + autres.keySet());
        }
        Map<String, String> parametres = new HashMap<>(autres);
        parametres.put(PRENOM, utilisateur.prenom());
        parametres.put(NOM, utilisateur.nom());
        parametres.put(INSTANT, instant.toString());
        parametres.put(IP, ip.valeur());
        return new Notification(type, utilisateur.email(), utilisateur.langue(), Optional.of(utilisateur.id()),
                parametres);
    }
}
