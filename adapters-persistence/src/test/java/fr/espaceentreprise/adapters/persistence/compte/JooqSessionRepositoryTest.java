package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SESSION_UTILISATEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
    void every_field_of_a_session_survives_a_round_trip_under_the_hash_of_its_token() {
        SessionUtilisateur revoquee = SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, OUVERTURE,
                OUVERTURE.plusSeconds(600), OUVERTURE.plusSeconds(900),
                EnumSet.of(EtapeObligatoire.CONFIRMER_EMAIL, EtapeObligatoire.ACCEPTER_CGU));
        EmpreinteJeton empreinte = EmpreinteJeton.de(nouveauJeton());

        sessions.ajouter(revoquee, empreinte);

        assertMemeSession(revoquee, sessions.trouverParEmpreinteJeton(empreinte).orElseThrow());
    }

    @Test
    void a_session_just_opened_comes_back_live_with_its_pending_steps() {
        SessionUtilisateur ouverte = SessionUtilisateur.ouvrir(SessionId.nouveau(), compte,
                EnumSet.allOf(EtapeObligatoire.class), OUVERTURE);
        EmpreinteJeton empreinte = EmpreinteJeton.de(nouveauJeton());

        sessions.ajouter(ouverte, empreinte);

        SessionUtilisateur lue = sessions.trouverParEmpreinteJeton(empreinte).orElseThrow();
        assertMemeSession(ouverte, lue);
        assertEquals(Optional.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), lue.prochaineEtape());
    }

    @Test
    void only_the_sha256_of_the_token_is_stored_and_another_token_finds_nothing() {
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
        assertEquals(Optional.empty(), sessions.trouverParEmpreinteJeton(EmpreinteJeton.de(nouveauJeton())));
    }

    @Test
    void touching_moves_the_last_activity_forward_and_never_back() {
        SessionUtilisateur session = ouvrir(Set.of());
        EmpreinteJeton empreinte = EmpreinteJeton.de(nouveauJeton());
        sessions.ajouter(session, empreinte);

        sessions.toucher(session.id(), OUVERTURE.plusSeconds(120));
        sessions.toucher(session.id(), OUVERTURE.plusSeconds(60));

        assertEquals(OUVERTURE.plusSeconds(120), sessions.trouverParEmpreinteJeton(empreinte).orElseThrow().derniereActivite());
    }

    @Test
    void a_completed_step_leaves_the_others_pending() {
        SessionUtilisateur session = ouvrir(EnumSet.allOf(EtapeObligatoire.class));
        EmpreinteJeton empreinte = EmpreinteJeton.de(nouveauJeton());
        sessions.ajouter(session, empreinte);

        sessions.retirerEtape(session.id(), EtapeObligatoire.CONFIRMER_EMAIL);
        sessions.retirerEtape(session.id(), EtapeObligatoire.CONFIRMER_EMAIL);

        assertEquals(EnumSet.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE, EtapeObligatoire.ACCEPTER_CGU),
                sessions.trouverParEmpreinteJeton(empreinte).orElseThrow().etapesEnAttente());
    }

    @Test
    void revoking_a_session_keeps_its_first_revocation_instant_and_leaves_the_others_live() {
        SessionUtilisateur session = ouvrir(Set.of());
        SessionUtilisateur autre = ouvrir(Set.of());
        EmpreinteJeton empreinte = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton empreinteAutre = EmpreinteJeton.de(nouveauJeton());
        sessions.ajouter(session, empreinte);
        sessions.ajouter(autre, empreinteAutre);

        sessions.revoquer(session.id(), OUVERTURE.plusSeconds(30));
        sessions.revoquer(session.id(), OUVERTURE.plusSeconds(90));

        assertEquals(Optional.of(OUVERTURE.plusSeconds(30)),
                sessions.trouverParEmpreinteJeton(empreinte).orElseThrow().revoqueeLe());
        assertEquals(Optional.empty(), sessions.trouverParEmpreinteJeton(empreinteAutre).orElseThrow().revoqueeLe());
    }

    @Test
    void revoking_all_but_one_ends_every_other_live_session_of_the_user_only() {
        EmpreinteJeton gardee = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton premiere = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton seconde = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton dejaRevoquee = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton dUnAutre = EmpreinteJeton.de(nouveauJeton());
        SessionUtilisateur laGardee = ouvrir(Set.of());
        sessions.ajouter(laGardee, gardee);
        sessions.ajouter(ouvrir(Set.of()), premiere);
        sessions.ajouter(ouvrir(Set.of()), seconde);
        sessions.ajouter(SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, OUVERTURE, OUVERTURE,
                OUVERTURE.plusSeconds(5), Set.of()), dejaRevoquee);
        sessions.ajouter(SessionUtilisateur.ouvrir(SessionId.nouveau(), Comptes.unCompte(dsl), Set.of(), OUVERTURE),
                dUnAutre);
        Instant changement = OUVERTURE.plusSeconds(60);

        sessions.revoquerToutes(compte, Optional.of(laGardee.id()), changement);

        assertEquals(Optional.empty(), revoqueeLe(gardee));
        assertEquals(Optional.of(changement), revoqueeLe(premiere));
        assertEquals(Optional.of(changement), revoqueeLe(seconde));
        assertEquals(Optional.of(OUVERTURE.plusSeconds(5)), revoqueeLe(dejaRevoquee));
        assertEquals(Optional.empty(), revoqueeLe(dUnAutre));
    }

    @Test
    void revoking_all_without_exception_ends_every_live_session_of_the_user() {
        EmpreinteJeton premiere = EmpreinteJeton.de(nouveauJeton());
        EmpreinteJeton seconde = EmpreinteJeton.de(nouveauJeton());
        sessions.ajouter(ouvrir(Set.of()), premiere);
        sessions.ajouter(ouvrir(Set.of()), seconde);
        Instant suspension = OUVERTURE.plusSeconds(60);

        sessions.revoquerToutes(compte, Optional.empty(), suspension);

        assertEquals(Optional.of(suspension), revoqueeLe(premiere));
        assertEquals(Optional.of(suspension), revoqueeLe(seconde));
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

    private Optional<Instant> revoqueeLe(EmpreinteJeton empreinte) {
        return sessions.trouverParEmpreinteJeton(empreinte).orElseThrow().revoqueeLe();
    }

    private SessionUtilisateur ouvrir(Set<EtapeObligatoire> etapes) {
        return ouvrir(etapes, OUVERTURE);
    }

    private SessionUtilisateur ouvrir(Set<EtapeObligatoire> etapes, Instant instant) {
        return SessionUtilisateur.ouvrir(SessionId.nouveau(), compte, etapes, instant);
    }

    private static String nouveauJeton() {
        return UUID.randomUUID() + "-" + UUID.randomUUID();
    }

    private static void assertMemeSession(SessionUtilisateur attendue, SessionUtilisateur lue) {
        assertEquals(attendue.id(), lue.id());
        assertEquals(attendue.utilisateurId(), lue.utilisateurId());
        assertEquals(attendue.ouverteLe(), lue.ouverteLe());
        assertEquals(attendue.derniereActivite(), lue.derniereActivite());
        assertEquals(attendue.revoqueeLe(), lue.revoqueeLe());
        assertEquals(attendue.etapesEnAttente(), lue.etapesEnAttente());
    }
}
