package fr.espaceentreprise.application.notification;

import fr.espaceentreprise.application.commun.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the outbox one message per transaction: claim, produce its secret if its type carries one, write it,
 * send it, mark it sent, commit. A node that dies before the commit leaves the message unsent and unlocked, so
 * another dispatch sends it: nothing is lost. A message is sent twice only if the commit itself fails after the
 * mail left (at-least-once); its stable Message-ID lets the receiver tell.
 *
 * <p>When an attempt fails its transaction rolls back (a secret produced for it is forgotten: the next attempt
 * produces a new one), then, in a new transaction, the message is postponed by a delay that doubles with each
 * failed attempt: 1 minute, 2, 4… at most 1 hour.
 */
public final class DistribuerCourrielsService implements DistribuerCourriels {

    /** Messages tried per call at most, so a call ends even with a large backlog; the next call goes on. */
    public static final int LOT_PAR_DEFAUT = 50;

    static final Duration PREMIER_DELAI = Duration.ofMinutes(1);
    static final Duration DELAI_MAX = Duration.ofHours(1);
    private static final int RAISON_MAX = 1_000;
    private static final String SECRET_MASQUE = "[secret]";
    private static final System.Logger LOG = System.getLogger(DistribuerCourrielsService.class.getName());

    private final Transactions transactions;
    private final BoiteDEnvoi boite;
    private final SecretsDeNotification secrets;
    private final RedactionCourriels redaction;
    private final MailSender mailSender;
    private final Clock horloge;
    private final int lot;

    public DistribuerCourrielsService(Transactions transactions, BoiteDEnvoi boite, SecretsDeNotification secrets,
            RedactionCourriels redaction, MailSender mailSender, Clock horloge) {
        this(transactions, boite, secrets, redaction, mailSender, horloge, LOT_PAR_DEFAUT);
    }

    public DistribuerCourrielsService(Transactions transactions, BoiteDEnvoi boite, SecretsDeNotification secrets,
            RedactionCourriels redaction, MailSender mailSender, Clock horloge, int lot) {
        if (lot < 1) {
            throw new IllegalArgumentException("lot < 1");
        }
        this.transactions = transactions;
        this.boite = boite;
        this.secrets = secrets;
        this.redaction = redaction;
        this.mailSender = mailSender;
        this.horloge = horloge;
        this.lot = lot;
    }

    @Override
    public int distribuer() {
        int envoyes = 0;
        for (int essais = 0; essais < lot; essais++) {
            Issue issue = distribuerLeProchain();
            if (issue == Issue.RIEN_A_ENVOYER) {
                break;
            }
            if (issue == Issue.ENVOYE) {
                envoyes++;
            }
        }
        return envoyes;
    }

    private Issue distribuerLeProchain() {
        Tentative tentative = new Tentative();
        try {
            return transactions.enTransaction(() -> {
                Optional<MessageEnAttente> reserve = boite.reserverProchain(horloge.instant());
                if (reserve.isEmpty()) {
                    return Issue.RIEN_A_ENVOYER;
                }
                MessageEnAttente message = reserve.get();
                tentative.message = message;
                Notification notification = message.notification();
                tentative.secrets = notification.type().porteUnSecret() ? secrets.produire(notification) : Map.of();
                mailSender.envoyer(redaction.rediger(notification, tentative.secrets, message.messageId()));
                boite.marquerEnvoye(message.id(), horloge.instant());
                return Issue.ENVOYE;
            });
        } catch (RuntimeException echec) {
            if (tentative.message == null) {
                throw echec;
            }
            reporter(tentative, echec);
            return Issue.REPORTE;
        }
    }

    private void reporter(Tentative tentative, RuntimeException echec) {
        MessageEnAttente message = tentative.message;
        String raison = raison(echec, tentative.secrets);
        Instant prochainEssai = horloge.instant().plus(delaiApres(message.tentatives() + 1));
        LOG.log(System.Logger.Level.WARNING, () -> "Mail " + message.messageId() + " (" + message.notification().type()
                + ") not sent, attempt " + (message.tentatives() + 1) + ", next try at " + prochainEssai
                + ": " + raison);
        transactions.enTransaction(() -> boite.reporter(message.id(), prochainEssai, raison));
    }

    /** 1 minute after the first failure, doubling after each next one, never more than {@link #DELAI_MAX}. */
    static Duration delaiApres(int echecs) {
        if (echecs < 1) {
            throw new IllegalArgumentException("echecs < 1");
        }
        int doublements = Math.min(echecs - 1, 30);
        Duration delai = PREMIER_DELAI.multipliedBy(1L << doublements);
        return delai.compareTo(DELAI_MAX) > 0 ? DELAI_MAX : delai;
    }

    /** The failure in one line, without any secret value even if some layer echoed it. */
    private static String raison(RuntimeException echec, Map<String, String> secrets) {
        StringBuilder texte = new StringBuilder(echec.getClass().getSimpleName());
        for (Throwable cause = echec; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null) {
                texte.append(cause == echec ? ": " : " / ").append(cause.getMessage());
            }
        }
        String raison = texte.toString().replaceAll("[\\r\\n\\t]+", " ");
        for (String secret : secrets.values()) {
            if (secret != null && !secret.isEmpty()) {
                raison = raison.replace(secret, SECRET_MASQUE);
            }
        }
        return raison.length() > RAISON_MAX ? raison.substring(0, RAISON_MAX) : raison;
    }

    private enum Issue { ENVOYE, REPORTE, RIEN_A_ENVOYER }

    /** What the failed transaction got to, for the postponement that follows it. */
    private static final class Tentative {
        private MessageEnAttente message;
        private Map<String, String> secrets = Map.of();
    }
}
