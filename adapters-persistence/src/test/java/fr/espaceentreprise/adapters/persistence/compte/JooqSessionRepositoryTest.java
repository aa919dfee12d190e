package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SESSION_UTILISATEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class JooqSessionRepositoryTest {

    private static final Instant OUVERTURE = Instant.parse("2026-11-27T08:00:00.000001Z");

    /** One schema for the class: each test works on accounts of its own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqSessionRepository sessions = new JooqSessionRepository(dsl);
    private final UtilisateurId compte = Comptes.unCompte(dsl);

    @Test
    void only_the_sha256_of_the_token_is_stored() {
        String jeton = nouveauJeton();
        SessionUtilisateur session = ouvrir(Set.of());

        sessions.ajouter(session, EmpreinteJeton.de(jeton));

        String ligne = dsl.select(DSL.field("s::text", String.class))
                .from(DSL.table("session_utilisateur s"))
                .where(DSL.field("s.id").eq(session.id().valeur()))
                .fetchSingle().value1();
        assertFalse(ligne.contains(jeton), ligne);
        assertEquals(EmpreinteJeton.de(jeton).valeur(), dsl.select(SESSION_UTILISATEUR.EMPREINTE_JETON)
                .from(SESSION_UTILISATEUR).where(SESSION_UTILISATEUR.ID.eq(session.id().valeur())).fetchSingle().value1());
    }

    @Test
    void a_new_session_purges_those_opened_long_before_the_twelve_hour_limit() {
        Instant plusTard = OUVERTURE.plus(Duration.ofDays(400));
        EmpreinteJeton perimee = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton recente = EmpreinteJeton.de(nouveauJeton());
        sessions.ajouter(ouvrir(Set.of(), plusTard.minus(JooqSessionRepository.CONSERVATION).minusSeconds(1)), perimee);
        sessions.ajouter(ouvrir(Set.of(), plusTard.minus(JooqSessionRepository.CONSERVATION)), recente);

        sessions.ajouter(ouvrir(Set.of(), plusTard), EmpreinteJeton.de(nouveauJeton()));

        assertEquals(Optional.empty(), sessions.trouverParEmpreinteJeton(perimee));
        assertEquals(plusTard.minus(JooqSessionRepository.CONSERVATION),
                sessions.trouverParEmpreinteJeton(recente).orElseThrow().ouverteLe());
    }


    private SessionUtilisateur ouvrir(Set<EtapeObligatoire> etapes) {
        return ouvrir(etapes, OUVERTURE);
    }

    private SessionUtilisateur ouvrir(Set<EtapeObligatoire> etapes, Instant instant) {
        return SessionUtilisateur.ouvrir(SessionId.nouveau(), compte, etapes, instant, new AdresseIp("203.0.113.7"),
                FamilleNavigateur.FIREFOX, false);
    }

    private static String nouveauJeton() {
        return UUID.randomUUID() + "-" + UUID.randomUUID();
    }

}
