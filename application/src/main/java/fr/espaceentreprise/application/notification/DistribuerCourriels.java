package fr.espaceentreprise.application.notification;

/** Sends the e-mails waiting in the outbox; run on a schedule by whoever hosts the application. */
public interface DistribuerCourriels {

    /** Sends what is due, up to a batch limit per call, and answers how many e-mails were sent. */
    int distribuer();
}
