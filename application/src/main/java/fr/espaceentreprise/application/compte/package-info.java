/**
 * Accounts: sign-up and its back office, login and sessions, the first-login steps, forgotten credentials,
 * language, the back office's decisions on accounts, the audit trail.
 *
 * <p>A sign-up is checked against what the back office knows before any password is sent, and the temporary
 * password is written when its mail is dispatched, never stored in clear. Every answer to a visitor is the same
 * whether an account exists or not, and every attempt costs the same work, so nothing tells which accounts exist.
 * A session holds the first-login steps its user owes; until they are done the other use cases refuse him (see
 * {@link fr.espaceentreprise.application.commun.ControleAcces}).
 */
package fr.espaceentreprise.application.compte;
