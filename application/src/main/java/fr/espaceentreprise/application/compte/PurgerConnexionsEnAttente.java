package fr.espaceentreprise.application.compte;

/** Housekeeping: forgets the logins that waited for their second factor's code longer than allowed. */
public interface PurgerConnexionsEnAttente {

    /** @return how many were forgotten */
    int purger();
}
