package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.Utilisateur;

/**
 * Erases, when an account is deleted, what the portal holds about its holder beyond the account row itself
 * (which {@link Utilisateur#supprimer()} anonymises): credentials (password hashes, temporary password, e-mail
 * code, confirmed address), the second factor with its recovery codes and any enrolment under way, the API tokens
 * and the browsers known, sessions, the prospecting choice, the e-mails already sent to him (their address and
 * names), and the names, e-mail and birth date of the sign-up requests made under his numéro d'adhérent. The audit
 * trail, the CGU acceptances, the back office's decisions and the demandes stay: see the README.
 */
public interface EffacementDonnees {

    void effacer(Utilisateur supprime);
}
