package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link SessionRepository}: sessions found by the hash of their token, changed one narrow update at a time. */
public abstract class SessionRepositoryContract extends PortContract {

    private static final AdresseIp IP = new AdresseIp("203.0.113.7");

    private final UtilisateurId compte = unCompte().id();

    private SessionRepository sessions() {
        return stockage().sessions();
    }

    /** Stores the session under the hash of a new token, and answers that hash. */
    private EmpreinteJeton ajouter(SessionUtilisateur session) {
        EmpreinteJeton empreinte = EmpreinteJeton.de(UUID.randomUUID() + "-" + UUID.randomUUID());
        enTransaction(() -> sessions().ajouter(session, empreinte));
        return empreinte;
    }

    private SessionUtilisateur ouvrir(Set<EtapeObligatoire> etapes) {
        return SessionUtilisateur.ouvrir(SessionId.nouveau(), compte, etapes, T0, IP, FamilleNavigateur.FIREFOX,
                false);
    }

    /** A session of the account, neither revoked nor checked by the second factor. */
    private SessionUtilisateur vivante(Instant ouverteLe, Instant derniereActivite) {
        return SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, ouverteLe, derniereActivite, null, Set.of(),
                IP, FamilleNavigateur.EDGE, null);
    }

    private Optional<SessionUtilisateur> trouver(EmpreinteJeton empreinte) {
        return enTransaction(() -> sessions().trouverParEmpreinteJeton(empreinte));
    }

    private Optional<Instant> revoqueeLe(EmpreinteJeton empreinte) {
        return trouver(empreinte).orElseThrow().revoqueeLe();
    }

    @Test
    void every_field_of_a_revoked_session_survives_a_round_trip_under_the_hash_of_its_token() {
        SessionUtilisateur revoquee = SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, T0,
                T0.plusSeconds(600), T0.plusSeconds(900),
                EnumSet.of(EtapeObligatoire.CONFIRMER_EMAIL, EtapeObligatoire.ACCEPTER_CGU),
                new AdresseIp("2001:db8::17"), FamilleNavigateur.SAFARI, T0.plusSeconds(300));

        EmpreinteJeton empreinte = ajouter(revoquee);

        assertMemeSession(revoquee, trouver(empreinte).orElseThrow());
    }

    @Test
    void a_session_just_opened_comes_back_live_with_its_pending_steps() {
        SessionUtilisateur ouverte = ouvrir(EnumSet.allOf(EtapeObligatoire.class));

        EmpreinteJeton empreinte = ajouter(ouverte);

        SessionUtilisateur lue = trouver(empreinte).orElseThrow();
        assertMemeSession(ouverte, lue);
        assertEquals(Optional.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), lue.prochaineEtape());
    }

    @Test
    void a_session_is_found_by_its_id_whatever_its_state_and_an_unknown_id_finds_nothing() {
        SessionUtilisateur revoquee = SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, T0, T0,
                T0.plusSeconds(5), Set.of(), IP, FamilleNavigateur.CLIENT_API, T0);
        ajouter(revoquee);

        assertMemeSession(revoquee, enTransaction(() -> sessions().trouver(revoquee.id())).orElseThrow());
        assertEquals(Optional.empty(), enTransaction(() -> sessions().trouver(SessionId.nouveau())));
    }

    @Test
    void a_user_s_live_sessions_come_most_recently_active_first_without_the_ended_ones_nor_anybody_else_s() {
        Instant maintenant = T0.plus(Duration.ofMinutes(25));
        SessionUtilisateur active = vivante(T0, T0.plus(Duration.ofMinutes(10)));
        SessionUtilisateur plusActive = vivante(T0, T0.plus(Duration.ofMinutes(20)));
        SessionUtilisateur auRepos = vivante(T0, T0);
        ajouter(active);
        ajouter(plusActive);
        ajouter(auRepos);
        ajouter(SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, T0, T0, T0.plusSeconds(5), Set.of(), IP,
                FamilleNavigateur.FIREFOX, null));
        ajouter(vivante(maintenant.minus(Duration.ofMinutes(40)), maintenant.minus(SessionUtilisateur.INACTIVITE_MAX)));
        ajouter(vivante(maintenant.minus(SessionUtilisateur.DUREE_MAX), maintenant.minusSeconds(60)));
        ajouter(SessionUtilisateur.ouvrir(SessionId.nouveau(), unCompte().id(), Set.of(), T0, IP,
                FamilleNavigateur.FIREFOX, false));

        List<SessionUtilisateur> vivantes = enTransaction(() -> sessions().vivantesDe(compte, maintenant));

        assertEquals(List.of(plusActive.id(), active.id(), auRepos.id()),
                vivantes.stream().map(SessionUtilisateur::id).toList());
        assertMemeSession(plusActive, vivantes.get(0));
    }

    @Test
    void the_second_factor_check_is_recorded_and_never_moves_back() {
        SessionUtilisateur session = ouvrir(Set.of());
        EmpreinteJeton empreinte = ajouter(session);
        EmpreinteJeton autre = ajouter(ouvrir(Set.of()));

        enTransaction(() -> sessions().verifierSecondFacteur(session.id(), T0.plusSeconds(120)));
        enTransaction(() -> sessions().verifierSecondFacteur(session.id(), T0.plusSeconds(60)));

        assertEquals(Optional.of(T0.plusSeconds(120)), trouver(empreinte).orElseThrow().secondFacteurLe());
        assertEquals(Optional.empty(), trouver(autre).orElseThrow().secondFacteurLe());
    }

    @Test
    void another_token_finds_nothing() {
        ajouter(ouvrir(Set.of()));

        assertEquals(Optional.empty(), trouver(EmpreinteJeton.de("un-autre-jeton")));
    }

    @Test
    void touching_moves_the_last_activity_forward_and_never_back() {
        SessionUtilisateur session = ouvrir(Set.of());
        EmpreinteJeton empreinte = ajouter(session);

        enTransaction(() -> sessions().toucher(session.id(), T0.plusSeconds(120)));
        enTransaction(() -> sessions().toucher(session.id(), T0.plusSeconds(60)));

        assertEquals(T0.plusSeconds(120), trouver(empreinte).orElseThrow().derniereActivite());
    }

    @Test
    void a_completed_step_leaves_the_others_pending_and_completing_it_again_changes_nothing() {
        SessionUtilisateur session = ouvrir(EnumSet.allOf(EtapeObligatoire.class));
        EmpreinteJeton empreinte = ajouter(session);

        enTransaction(() -> sessions().retirerEtape(session.id(), EtapeObligatoire.CONFIRMER_EMAIL));
        enTransaction(() -> sessions().retirerEtape(session.id(), EtapeObligatoire.CONFIRMER_EMAIL));

        assertEquals(EnumSet.complementOf(EnumSet.of(EtapeObligatoire.CONFIRMER_EMAIL)),
                trouver(empreinte).orElseThrow().etapesEnAttente());
    }

    @Test
    void revoking_a_session_keeps_its_first_revocation_instant_and_leaves_the_others_live() {
        SessionUtilisateur session = ouvrir(Set.of());
        EmpreinteJeton empreinte = ajouter(session);
        EmpreinteJeton autre = ajouter(ouvrir(Set.of()));

        enTransaction(() -> sessions().revoquer(session.id(), T0.plusSeconds(30)));
        enTransaction(() -> sessions().revoquer(session.id(), T0.plusSeconds(90)));

        assertEquals(Optional.of(T0.plusSeconds(30)), revoqueeLe(empreinte));
        assertEquals(Optional.empty(), revoqueeLe(autre));
    }

    @Test
    void revoking_all_but_one_ends_every_other_live_session_of_the_user_only() {
        SessionUtilisateur laGardee = ouvrir(Set.of());
        EmpreinteJeton gardee = ajouter(laGardee);
        EmpreinteJeton premiere = ajouter(ouvrir(Set.of()));
        EmpreinteJeton seconde = ajouter(ouvrir(Set.of()));
        EmpreinteJeton dejaRevoquee = ajouter(SessionUtilisateur.rehydrater(SessionId.nouveau(), compte, T0, T0,
                T0.plusSeconds(5), Set.of(), IP, FamilleNavigateur.CHROME, null));
        EmpreinteJeton dUnAutre = ajouter(SessionUtilisateur.ouvrir(SessionId.nouveau(), unCompte().id(), Set.of(),
                T0, IP, FamilleNavigateur.CHROME, false));
        Instant changement = T0.plusSeconds(60);

        enTransaction(() -> sessions().revoquerToutes(compte, Optional.of(laGardee.id()), changement));

        assertEquals(Optional.empty(), revoqueeLe(gardee));
        assertEquals(Optional.of(changement), revoqueeLe(premiere));
        assertEquals(Optional.of(changement), revoqueeLe(seconde));
        assertEquals(Optional.of(T0.plusSeconds(5)), revoqueeLe(dejaRevoquee));
        assertEquals(Optional.empty(), revoqueeLe(dUnAutre));
    }

    @Test
    void revoking_all_without_exception_ends_every_live_session_of_the_user() {
        EmpreinteJeton premiere = ajouter(ouvrir(Set.of()));
        EmpreinteJeton seconde = ajouter(ouvrir(Set.of()));
        Instant suspension = T0.plusSeconds(60);

        enTransaction(() -> sessions().revoquerToutes(compte, Optional.empty(), suspension));

        assertEquals(Optional.of(suspension), revoqueeLe(premiere));
        assertEquals(Optional.of(suspension), revoqueeLe(seconde));
    }

    private static void assertMemeSession(SessionUtilisateur attendue, SessionUtilisateur lue) {
        assertEquals(attendue.id(), lue.id());
        assertEquals(attendue.utilisateurId(), lue.utilisateurId());
        assertEquals(attendue.ouverteLe(), lue.ouverteLe());
        assertEquals(attendue.derniereActivite(), lue.derniereActivite());
        assertEquals(attendue.revoqueeLe(), lue.revoqueeLe());
        assertEquals(attendue.etapesEnAttente(), lue.etapesEnAttente());
        assertEquals(attendue.ip(), lue.ip());
        assertEquals(attendue.navigateur(), lue.navigateur());
        assertEquals(attendue.secondFacteurLe(), lue.secondFacteurLe());
    }
}
