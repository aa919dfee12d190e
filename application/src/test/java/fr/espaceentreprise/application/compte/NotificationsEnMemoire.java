package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import java.util.ArrayList;
import java.util.List;

/** The outbox in memory; can be told to fail on the n-th message, to test that nothing else is written. */
public final class NotificationsEnMemoire implements Notifications, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private List<Notification> envoyees = new ArrayList<>();
    private int echouerAuMessage = -1;
    private int recus;

    public NotificationsEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    /** The {@code rang}-th message queued from now on (1 = the next) throws. */
    public void echouerAuMessage(int rang) {
        echouerAuMessage = recus + rang;
    }

    @Override
    public void envoyer(Notification notification) {
        transactions.exigerTransaction();
        recus++;
        if (recus == echouerAuMessage) {
            throw new IllegalStateException("boîte d'envoi indisponible");
        }
        envoyees.add(notification);
    }

    public List<Notification> envoyees() {
        return List.copyOf(envoyees);
    }

    public List<Notification> deType(TypeNotification type) {
        return envoyees.stream().filter(n -> n.type() == type).toList();
    }

    @Override
    public Object instantane() {
        return new ArrayList<>(envoyees);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        envoyees = (List<Notification>) instantane;
    }
}
