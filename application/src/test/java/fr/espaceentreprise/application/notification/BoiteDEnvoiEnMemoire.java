package fr.espaceentreprise.application.notification;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.compte.NotificationsEnMemoire;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The dispatcher's side of {@link NotificationsEnMemoire}: the n-th message queued there (from 1) is
 * {@code <message-n@espace-entreprise.test>}, due at once, until sent or postponed. Locks are not modelled: the
 * tests dispatch from one thread.
 */
public final class BoiteDEnvoiEnMemoire extends DepotEnMemoire<Integer, BoiteDEnvoiEnMemoire.Suivi>
        implements BoiteDEnvoi {

    /** What happened to the message of rang {@code rang}. */
    public record Suivi(int rang, Optional<Instant> envoyeLe, Optional<Instant> prochainEssai, int tentatives,
            Optional<String> raison, boolean efface) {

        static Suivi nouveau(int rang) {
            return new Suivi(rang, Optional.empty(), Optional.empty(), 0, Optional.empty(), false);
        }

        boolean dueLe(Instant maintenant) {
            return !efface && envoyeLe.isEmpty()
                    && prochainEssai.map(essai -> !essai.isAfter(maintenant)).orElse(true);
        }
    }

    private final NotificationsEnMemoire notifications;
    private final TransactionsEnMemoire transactions;

    public BoiteDEnvoiEnMemoire(NotificationsEnMemoire notifications, TransactionsEnMemoire transactions) {
        super(transactions, suivi -> suivi);
        this.notifications = notifications;
        this.transactions = transactions;
    }

    @Override
    public Optional<MessageEnAttente> reserverProchain(Instant maintenant) {
        transactions.exigerTransaction();
        List<Notification> file = notifications.envoyees();
        return IntStream.rangeClosed(1, file.size())
                .mapToObj(this::suivi)
                .filter(suivi -> suivi.dueLe(maintenant))
                .findFirst()
                .map(suivi -> new MessageEnAttente(id(suivi.rang()), messageId(suivi.rang()),
                        file.get(suivi.rang() - 1), suivi.tentatives()));
    }

    @Override
    public void marquerEnvoye(UUID id, Instant envoyeLe) {
        Suivi suivi = suivi(rang(id));
        ecrire(suivi.rang(), new Suivi(suivi.rang(), Optional.of(envoyeLe), suivi.prochainEssai(),
                suivi.tentatives(), suivi.raison(), suivi.efface()));
    }

    @Override
    public void reporter(UUID id, Instant prochainEssai, String raison) {
        Suivi suivi = suivi(rang(id));
        if (suivi.envoyeLe().isEmpty()) {
            ecrire(suivi.rang(), new Suivi(suivi.rang(), Optional.empty(), Optional.of(prochainEssai),
                    suivi.tentatives() + 1, Optional.of(raison), suivi.efface()));
        }
    }

    /** The e-mails queued or sent to that account are gone, as its personal data are erased. */
    public void effacerCeuxDe(UtilisateurId utilisateurId) {
        List<Notification> file = notifications.envoyees();
        IntStream.rangeClosed(1, file.size())
                .filter(rang -> file.get(rang - 1).utilisateurId().equals(Optional.of(utilisateurId)))
                .mapToObj(this::suivi)
                .forEach(suivi -> ecrire(suivi.rang(), new Suivi(suivi.rang(), suivi.envoyeLe(),
                        suivi.prochainEssai(), suivi.tentatives(), suivi.raison(), true)));
    }

    /** The message queued {@code rang}-th (from 1), sent or not. */
    public Suivi suivi(int rang) {
        return lire(rang).orElseGet(() -> Suivi.nouveau(rang));
    }

    /** How many queued messages are not sent yet. */
    public long enAttente() {
        return IntStream.rangeClosed(1, notifications.envoyees().size())
                .filter(rang -> suivi(rang).envoyeLe().isEmpty() && !suivi(rang).efface())
                .count();
    }

    public static String messageId(int rang) {
        return "<message-" + rang + "@espace-entreprise.test>";
    }

    private static UUID id(int rang) {
        return UUID.nameUUIDFromBytes(messageId(rang).getBytes(StandardCharsets.UTF_8));
    }

    private int rang(UUID id) {
        return IntStream.rangeClosed(1, notifications.envoyees().size())
                .filter(rang -> id(rang).equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("aucun message " + id));
    }
}
