/**
 * Accounts: sign-up and its back office, login and sessions, the first-login steps, forgotten credentials,
 * language, audit trail.
 *
 * <h2>Inbound ports (one per use case, implemented by the {@code …Service} beside it)</h2>
 * DemanderInscription, ConsulterInscriptions, ValiderInscription, RejeterInscription, SeConnecter,
 * AuthentifierSession, SeDeconnecter, DefinirMotDePasse, ChangerMotDePasse, DemanderCodeEmail, ConfirmerEmail,
 * ConsulterCgu, AccepterCgu, MotDePasseOublie, IdentifiantOublie, ChangerLangue, ConsulterJournal; the back
 * office's acts on accounts ConsulterComptes, SuspendreCompte, ReactiverCompte, SupprimerCompte (their effects in
 * {@link fr.espaceentreprise.application.compte.FermetureCompte}, shared with the validation of a SUPPRESSION_ACCES
 * demande); and
 * {@link fr.espaceentreprise.application.compte.SecretsDeNotificationService} for the mail dispatch.
 *
 * <h2>Outbound ports</h2>
 * UtilisateurRepository, IdentifiantsRepository, TemporisationSansCompteRepository, DemandeInscriptionRepository,
 * SessionRepository, CguRepository, JournalAudit, PasswordHasher, RobustesseMotDePasse, GenerateurSecrets,
 * LimiteurDeDebit, IdentifierActeur, DecisionsCompteRepository, EffacementDonnees, LectureComptes; the
 * Notifications outbox (package notification); Transactions, Clock.
 *
 * <h2>Refusals, for the web adapter</h2>
 * <table>
 *   <caption>Exception → HTTP</caption>
 *   <tr><th>Exception</th><th>Codes</th><th>HTTP</th></tr>
 *   <tr><td>ValeurInvalideException (field)</td>
 *       <td>champ.obligatoire, champ.trop_long {max}, motDePasse.trop_court {min}, motDePasse.trop_long {max},
 *       motDePasse.trop_previsible, email.code.invalide, cgu.version.invalide, inscription.profil.invalide,
 *       inscription.dateNaissance.invalide {min, max}, inscription.motif.obligatoire, adresseIp.invalide,
 *       compte.motif.invalide,
 *       pagination.taille.invalide {min, max}, curseur.invalide, and the value objects' codes</td>
 *       <td>422 (400 for a malformed request)</td></tr>
 *   <tr><td>RegleMetierException</td>
 *       <td>motDePasse.actuel_incorrect (field motDePasseActuel), email.code.incorrect {essaisRestants},
 *       email.code.epuise, email.code.expire, email.code.absent (field code), cgu.version_perimee (field version),
 *       etape.non_attendue {etape}, inscription.deja_traitee {statut}, inscription.controles_non_satisfaits
 *       {echecs: [inscription.numeroAdherent.inconnu, inscription.profil.different, inscription.siret.different,
 *       inscription.compte.existant]}, numeroAdherent.deja_utilise, compte.deja_suspendu, compte.non_suspendu,
 *       compte.soi_meme, utilisateur.supprime</td>
 *       <td>409 (422 for the field ones)</td></tr>
 *   <tr><td>IntrouvableException</td><td>ressource.introuvable</td><td>404</td></tr>
 *   <tr><td>AccesRefuseException</td><td>acces.etape_obligatoire {etape}, with etape()</td><td>403 naming the step</td></tr>
 *   <tr><td>TropDeTentativesException</td><td>requete.trop_nombreuses, with reessayerApres()</td>
 *       <td>429 + Retry-After (seconds, rounded up)</td></tr>
 *   <tr><td>SeConnecter.Resultat.Refusee / Temporisee / Suspendu</td><td>(results, not exceptions)</td>
 *       <td>401 / 429 + Retry-After / 403 compte.suspendu</td></tr>
 *   <tr><td>AuthentifierSession empty</td><td></td><td>401</td></tr>
 * </table>
 *
 * <p>Outside the mandatory-step screens, the web adapter calls
 * {@link fr.espaceentreprise.application.compte.SessionAuthentifiee#exigerAucuneEtapeEnAttente()} before any use
 * case; DefinirMotDePasse, DemanderCodeEmail, ConfirmerEmail, ConsulterCgu, AccepterCgu, SeDeconnecter and
 * ChangerLangue stay reachable while steps are pending.
 */
package fr.espaceentreprise.application.compte;
