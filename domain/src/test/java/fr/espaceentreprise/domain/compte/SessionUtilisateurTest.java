package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionUtilisateurTest {

    private static final Instant OUVERTURE = Instant.parse("2026-03-02T08:00:00Z");
    private static final AdresseIp IP = new AdresseIp("203.0.113.7");

    private static SessionUtilisateur ouvrir(Set<EtapeObligatoire> etapes, boolean secondFacteur) {
        return SessionUtilisateur.ouvrir(SessionId.nouveau(), UtilisateurId.nouveau(), etapes, OUVERTURE, IP,
                FamilleNavigateur.FIREFOX, secondFacteur);
    }

    private final SessionUtilisateur session = ouvrir(Set.of(), false);

    @Test
    void a_session_ends_after_30_minutes_without_activity() {
        Instant limite = OUVERTURE.plus(Duration.ofMinutes(30));

        assertTrue(session.estActiveLe(limite.minusMillis(1)));
        assertFalse(session.estActiveLe(limite));
    }

    @Test
    void activity_restarts_the_30_minutes() {
        session.toucher(OUVERTURE.plus(Duration.ofMinutes(29)));
        Instant limite = OUVERTURE.plus(Duration.ofMinutes(59));

        assertTrue(session.estActiveLe(limite.minusMillis(1)));
        assertFalse(session.estActiveLe(limite));
        assertEquals(limite, session.expireLe());
    }

    @Test
    void a_session_ends_12_hours_after_login_whatever_the_activity() {
        Instant limite = OUVERTURE.plus(Duration.ofHours(12));
        for (Instant instant = OUVERTURE.plus(Duration.ofMinutes(20)); instant.isBefore(limite);
             instant = instant.plus(Duration.ofMinutes(20))) {
            session.toucher(instant);
        }

        assertTrue(session.estActiveLe(limite.minusMillis(1)));
        assertFalse(session.estActiveLe(limite));
        assertEquals(limite, session.expireLe());
    }

    @Test
    void an_ended_session_cannot_be_touched_back_to_life() {
        assertRegleMetier("session.inactive", () -> session.toucher(OUVERTURE.plus(Duration.ofMinutes(30))));
    }

    @Test
    void touching_in_the_past_does_not_move_the_last_activity_back() {
        session.toucher(OUVERTURE.plus(Duration.ofMinutes(10)));
        session.toucher(OUVERTURE.plus(Duration.ofMinutes(5)));

        assertEquals(OUVERTURE.plus(Duration.ofMinutes(10)), session.derniereActivite());
    }

    @Test
    void activity_is_recorded_again_only_once_the_last_record_is_a_minute_old() {
        assertFalse(session.activiteARecorder(OUVERTURE.plusSeconds(59)));
        assertTrue(session.activiteARecorder(OUVERTURE.plusSeconds(60)));

        session.toucher(OUVERTURE.plusSeconds(60));

        assertFalse(session.activiteARecorder(OUVERTURE.plusSeconds(119)));
        assertTrue(session.activiteARecorder(OUVERTURE.plusSeconds(120)));
    }

    @Test
    void a_revoked_session_is_over_at_once_and_keeps_when_it_was_revoked() {
        session.revoquer(OUVERTURE.plusSeconds(60));
        session.revoquer(OUVERTURE.plusSeconds(120));

        assertFalse(session.estActiveLe(OUVERTURE.plusSeconds(61)));
        assertEquals(Optional.of(OUVERTURE.plusSeconds(60)), session.revoqueeLe());
        assertRegleMetier("session.inactive", () -> session.toucher(OUVERTURE.plusSeconds(61)));
    }

    @Test
    void pending_steps_come_in_the_order_the_screens_ask_for_them_and_leave_one_by_one() {
        SessionUtilisateur premiereConnexion = ouvrir(EnumSet.of(EtapeObligatoire.ACCEPTER_CGU,
                EtapeObligatoire.ENROLER_SECOND_FACTEUR, EtapeObligatoire.CHANGER_MOT_DE_PASSE,
                EtapeObligatoire.CONFIRMER_EMAIL), false);

        assertEquals(List.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE, EtapeObligatoire.CONFIRMER_EMAIL,
                EtapeObligatoire.ENROLER_SECOND_FACTEUR, EtapeObligatoire.ACCEPTER_CGU),
                List.copyOf(premiereConnexion.etapesEnAttente()));
        premiereConnexion.terminerEtape(EtapeObligatoire.CHANGER_MOT_DE_PASSE);

        assertFalse(premiereConnexion.attend(EtapeObligatoire.CHANGER_MOT_DE_PASSE));
        assertEquals(Optional.of(EtapeObligatoire.CONFIRMER_EMAIL), premiereConnexion.prochaineEtape());
        assertThrows(UnsupportedOperationException.class,
                () -> premiereConnexion.etapesEnAttente().add(EtapeObligatoire.CHANGER_MOT_DE_PASSE));
    }

    @Test
    void a_session_without_steps_has_no_next_step() {
        assertEquals(Optional.empty(), session.prochaineEtape());
        assertEquals(Set.of(), session.etapesEnAttente());
    }

    @Test
    void a_session_keeps_where_and_what_it_was_opened_from() {
        SessionUtilisateur ouverte = SessionUtilisateur.ouvrir(SessionId.nouveau(), UtilisateurId.nouveau(), Set.of(),
                OUVERTURE, new AdresseIp("2001:db8::1"), FamilleNavigateur.CLIENT_API, false);

        assertEquals(new AdresseIp("2001:db8::1"), ouverte.ip());
        assertEquals(FamilleNavigateur.CLIENT_API, ouverte.navigateur());
    }

    @Test
    void a_session_needs_an_address_and_a_browser_family() {
        assertThrows(ValeurInvalideException.class, () -> SessionUtilisateur.ouvrir(SessionId.nouveau(),
                UtilisateurId.nouveau(), Set.of(), OUVERTURE, null, FamilleNavigateur.FIREFOX, false));
        assertThrows(ValeurInvalideException.class, () -> SessionUtilisateur.ouvrir(SessionId.nouveau(),
                UtilisateurId.nouveau(), Set.of(), OUVERTURE, IP, null, false));
    }

    @Test
    void a_login_through_the_second_factor_counts_as_a_check_from_the_opening() {
        SessionUtilisateur ouverte = ouvrir(Set.of(), true);

        assertEquals(Optional.of(OUVERTURE), ouverte.secondFacteurLe());
        assertTrue(ouverte.secondFacteurVerifieDepuis(Duration.ofMinutes(15), OUVERTURE.plusSeconds(60)));
        assertFalse(ouverte.secondFacteurVerifieDepuis(Duration.ofMinutes(15),
                OUVERTURE.plus(Duration.ofMinutes(15)).plusMillis(1)));
    }

    @Test
    void a_session_opened_without_the_second_factor_was_never_checked() {
        assertEquals(Optional.empty(), session.secondFacteurLe());
        assertFalse(session.secondFacteurVerifieDepuis(Duration.ofDays(365), OUVERTURE));
    }

    @Test
    void checking_the_second_factor_again_restarts_the_delay() {
        Instant verification = OUVERTURE.plus(Duration.ofHours(2));
        Duration delai = Duration.ofMinutes(10);

        session.verifierSecondFacteur(verification);

        assertEquals(Optional.of(verification), session.secondFacteurLe());
        assertTrue(session.secondFacteurVerifieDepuis(delai, verification));
        assertTrue(session.secondFacteurVerifieDepuis(delai, verification.plus(delai).minusMillis(1)));
        assertFalse(session.secondFacteurVerifieDepuis(delai, verification.plus(delai).plusMillis(1)));
        assertFalse(session.secondFacteurVerifieDepuis(Duration.ZERO, verification.plusMillis(1)));
    }

    @Test
    void rehydration_restores_every_field() {
        SessionId id = SessionId.nouveau();
        UtilisateurId utilisateur = UtilisateurId.nouveau();

        SessionUtilisateur relue = SessionUtilisateur.rehydrater(id, utilisateur, OUVERTURE,
                OUVERTURE.plusSeconds(60), OUVERTURE.plusSeconds(90), Set.of(EtapeObligatoire.ACCEPTER_CGU), IP,
                FamilleNavigateur.SAFARI, OUVERTURE.plusSeconds(30));

        assertEquals(id, relue.id());
        assertEquals(utilisateur, relue.utilisateurId());
        assertEquals(OUVERTURE, relue.ouverteLe());
        assertEquals(OUVERTURE.plusSeconds(60), relue.derniereActivite());
        assertEquals(Optional.of(OUVERTURE.plusSeconds(90)), relue.revoqueeLe());
        assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), relue.etapesEnAttente());
        assertEquals(IP, relue.ip());
        assertEquals(FamilleNavigateur.SAFARI, relue.navigateur());
        assertEquals(Optional.of(OUVERTURE.plusSeconds(30)), relue.secondFacteurLe());
    }

    @Test
    void a_session_read_back_may_never_have_checked_the_second_factor() {
        SessionUtilisateur relue = SessionUtilisateur.rehydrater(SessionId.nouveau(), UtilisateurId.nouveau(),
                OUVERTURE, OUVERTURE, null, Set.of(), IP, FamilleNavigateur.AUTRE, null);

        assertEquals(Optional.empty(), relue.secondFacteurLe());
        assertEquals(Optional.empty(), relue.revoqueeLe());
    }
}
