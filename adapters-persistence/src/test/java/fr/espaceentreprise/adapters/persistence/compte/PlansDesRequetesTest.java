package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PlansDeRequetes;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.commun.ChiffrementSecrets;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each query the accounts' adapters run on a table that grows can be served by the index meant for it: the
 * statement the adapter really sends (captured, with its values) is explained with sequential scans made
 * prohibitively expensive, and the plan must name that index. A query the index cannot serve (a partial index whose
 * predicate the query does not imply, a column order that does not match) falls back to another plan and fails.
 */
class PlansDesRequetesTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private static final UtilisateurId COMPTE = Comptes.unCompte(dsl);

    static Stream<Arguments> requetes() {
        NumeroAdherent numero = new NumeroAdherent("10000001");
        Optional<CurseurChronologique> curseur = Optional.of(new CurseurChronologique(T, UUID.randomUUID()));
        return Stream.of(
                requete("session by the hash of its token", "session_utilisateur_empreinte_jeton_unique",
                        espion -> new JooqSessionRepository(espion)
                                .trouverParEmpreinteJeton(EmpreinteJeton.de("jeton"))),
                requete("session by its id", "session_utilisateur_pkey",
                        espion -> new JooqSessionRepository(espion).trouver(SessionId.nouveau())),
                requete("a user's live sessions", "session_utilisateur_vivantes_par_utilisateur",
                        espion -> new JooqSessionRepository(espion).vivantesDe(COMPTE, T)),
                requete("live sessions of a user", "session_utilisateur_vivantes_par_utilisateur",
                        espion -> new JooqSessionRepository(espion)
                                .revoquerToutes(COMPTE, Optional.of(SessionId.nouveau()), T)),
                requete("purge of old sessions", "session_utilisateur_par_ouverture",
                        espion -> new JooqSessionRepository(espion).ajouter(SessionUtilisateur.ouvrir(
                                SessionId.nouveau(), COMPTE, Set.of(), T, new AdresseIp("203.0.113.7"),
                                FamilleNavigateur.FIREFOX, false), EmpreinteJeton.de(UUID.randomUUID().toString()))),
                requete("second factor of a user", "second_facteur_pkey",
                        espion -> new JooqSecondsFacteursRepository(espion,
                                new ChiffrementSecrets(CleDeChiffrement.nouvelle())).trouver(COMPTE)),
                requete("waiting login by the hash of its token", "connexion_en_attente_pkey",
                        espion -> new JooqConnexionsEnAttenteRepository(espion).trouver(EmpreinteJeton.de("jeton"))),
                requete("purge of the expired waiting logins", "connexion_en_attente_par_expiration",
                        espion -> new JooqConnexionsEnAttenteRepository(espion).purgerAvant(T)),
                requete("API token by the hash of its token", "jeton_api_empreinte_jeton_unique",
                        espion -> new JooqJetonsApiRepository(espion).trouverParEmpreinte(EmpreinteJeton.de("jeton"))),
                requete("a user's API tokens, newest first", "jeton_api_par_utilisateur",
                        espion -> new JooqJetonsApiRepository(espion).listerDe(COMPTE)),
                requete("known browser of a user", "appareil_pkey",
                        espion -> new JooqAppareilsRepository(espion).estConnu(COMPTE, EmpreinteJeton.de("appareil"))),
                requete("pending sign-ups after a cursor", "demande_inscription_en_attente",
                        espion -> new JooqDemandeInscriptionRepository(espion).listerEnAttente(curseur, 20)),
                requete("latest validated sign-up of a numero", "demande_inscription_validees_par_numero",
                        espion -> new JooqDemandeInscriptionRepository(espion).trouverDerniereValidee(numero)),
                requete("audit trail before a cursor", "evenement_audit_chronologique",
                        espion -> new JooqJournalAudit(espion).lister(Optional.empty(), curseur, 20)),
                requete("audit trail of a numero before a cursor", "evenement_audit_par_numero",
                        espion -> new JooqJournalAudit(espion).lister(Optional.of(numero), curseur, 20)),
                requete("current CGU version", "version_cgu_publiee_le_unique",
                        espion -> new JooqCguRepository(espion).versionCourante(T)),
                requete("latest CGU acceptance of a user", "acceptation_cgu_pkey",
                        espion -> new JooqCguRepository(espion).derniereAcceptation(COMPTE)),
                requete("purge of forgotten unknown numeros", "temporisation_sans_compte_par_dernier_echec",
                        espion -> new JooqTemporisationSansCompteRepository(espion)
                                .enregistrer(numero, Temporisation.AUCUNE.apresEchec(T))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requetes")
    void the_query_can_be_served_by_its_index(String requete, String index, Consumer<DSLContext> appel) {
        List<String> plans = PlansDeRequetes.de(dsl, appel);

        assertTrue(plans.stream().anyMatch(plan -> plan.contains(index)), requete + ": " + plans);
    }

    private static Arguments requete(String nom, String index, Consumer<DSLContext> appel) {
        return Arguments.of(nom, index, appel);
    }

}
