package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GererSessionsServiceTest {

    private static final AdresseIp BUREAU = new AdresseIp("198.51.100.20");
    private static final AdresseIp DOMICILE = new AdresseIp("2001:db8::42");

    private final EspaceComptes espace = new EspaceComptes();
    private final GererSessions sessions = espace.espace().comptes().sessions();
    private final Utilisateur compte = espace.compteActif();

    private Resultat.Reussie seConnecter(AdresseIp ip, FamilleNavigateur navigateur, Optional<String> precedente) {
        return espace.reussir(espace.connexion(compte, MOT_DE_PASSE,
                SeConnecter.Origine.navigateur(ip, navigateur, Optional.empty(), precedente)));
    }

    private Resultat.Reussie seConnecter(AdresseIp ip, FamilleNavigateur navigateur) {
        return seConnecter(ip, navigateur, Optional.empty());
    }

    private boolean estOuverte(Resultat.Reussie connexion) {
        return espace.authentifierSession().authentifier(connexion.jeton()).isPresent();
    }

    @Test
    void the_list_shows_each_live_session_s_address_and_browser_the_current_one_marked_the_latest_first() {
        Resultat.Reussie auBureau = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);
        espace.horloge.avancer(Duration.ofMinutes(2));
        Resultat.Reussie aLaMaison = seConnecter(DOMICILE, FamilleNavigateur.SAFARI);

        List<GererSessions.SessionOuverte> ouvertes = sessions.lister(espace.authentifier(aLaMaison));

        assertEquals(List.of(
                new GererSessions.SessionOuverte(aLaMaison.sessionId(), T0.plus(Duration.ofMinutes(2)),
                        T0.plus(Duration.ofMinutes(2)), DOMICILE, FamilleNavigateur.SAFARI, true),
                new GererSessions.SessionOuverte(auBureau.sessionId(), T0, T0, BUREAU, FamilleNavigateur.FIREFOX,
                        false)), ouvertes);
    }

    @Test
    void ended_sessions_and_other_users_sessions_are_not_listed() {
        Resultat.Reussie deconnectee = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);
        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande(deconnectee.jeton(), IP));
        Resultat.Reussie oubliee = seConnecter(BUREAU, FamilleNavigateur.EDGE);
        espace.horloge.avancer(Duration.ofMinutes(31));
        espace.connecter(espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000002")));
        Resultat.Reussie courante = seConnecter(DOMICILE, FamilleNavigateur.CHROME);

        List<SessionId> listees = sessions.lister(espace.authentifier(courante)).stream()
                .map(GererSessions.SessionOuverte::id).toList();

        assertEquals(List.of(courante.sessionId()), listees);
        assertTrue(espace.sessions.de(oubliee.sessionId()).revoqueeLe().isEmpty(), "expired, not revoked");
    }

    @Test
    void ending_another_of_one_s_sessions_logs_it_out() {
        Resultat.Reussie auBureau = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);
        Resultat.Reussie aLaMaison = seConnecter(DOMICILE, FamilleNavigateur.SAFARI);

        sessions.fermer(espace.authentifier(aLaMaison), auBureau.sessionId(), DOMICILE);

        assertFalse(estOuverte(auBureau));
        assertTrue(estOuverte(aLaMaison));
        assertEquals(Optional.of("session=" + auBureau.sessionId()),
                espace.journal.deType(TypeEvenementAudit.SESSIONS_FERMEES).get(0).detail());
    }

    @Test
    void another_user_s_session_is_not_found_and_stays_open() {
        Resultat.Reussie sienne = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);
        SessionAuthentifiee autre = espace.connecter(espace.compteActif(UnUtilisateur.entreprise()
                .numeroAdherent("10000002")));

        IntrouvableException refus = assertThrows(IntrouvableException.class,
                () -> sessions.fermer(autre, sienne.sessionId(), IP));

        assertEquals("session.introuvable", refus.code());
        assertTrue(estOuverte(sienne));
    }

    @Test
    void a_session_already_ended_is_not_found() {
        Resultat.Reussie deconnectee = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);
        espace.seDeconnecter().seDeconnecter(new SeDeconnecter.Commande(deconnectee.jeton(), IP));
        SessionAuthentifiee courante = espace.authentifier(seConnecter(DOMICILE, FamilleNavigateur.SAFARI));

        IntrouvableException refus = assertThrows(IntrouvableException.class,
                () -> sessions.fermer(courante, deconnectee.sessionId(), IP));

        assertEquals("session.introuvable", refus.code());
    }

    @Test
    void ending_the_others_keeps_the_current_one() {
        Resultat.Reussie premiere = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);
        Resultat.Reussie seconde = seConnecter(BUREAU, FamilleNavigateur.EDGE);
        Resultat.Reussie courante = seConnecter(DOMICILE, FamilleNavigateur.SAFARI);

        int fermees = sessions.fermerLesAutres(espace.authentifier(courante), DOMICILE);

        assertEquals(2, fermees);
        assertFalse(estOuverte(premiere));
        assertFalse(estOuverte(seconde));
        assertTrue(estOuverte(courante));
        assertEquals(Optional.of("autres=2"),
                espace.journal.deType(TypeEvenementAudit.SESSIONS_FERMEES).get(0).detail());
    }

    @Test
    void logging_in_again_from_a_browser_ends_the_session_it_still_held() {
        Resultat.Reussie ancienne = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);

        Resultat.Reussie nouvelle = seConnecter(BUREAU, FamilleNavigateur.FIREFOX, Optional.of(ancienne.jeton()));

        assertFalse(estOuverte(ancienne));
        assertTrue(estOuverte(nouvelle));
    }

    @Test
    void a_former_session_token_that_designates_nothing_changes_nothing() {
        Resultat.Reussie autre = seConnecter(BUREAU, FamilleNavigateur.FIREFOX);

        seConnecter(BUREAU, FamilleNavigateur.FIREFOX, Optional.of("jeton-qui-n-existe-pas"));

        assertTrue(estOuverte(autre));
    }
}
