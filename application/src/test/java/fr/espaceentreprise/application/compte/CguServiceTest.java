package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.CGU;
import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CguServiceTest {

    private static final VersionCgu NOUVELLE = new VersionCgu("2026-02", T0.minusSeconds(60));

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur compte = espace.compteActif();

    private Set<EtapeObligatoire> accepter(SessionAuthentifiee session, String version) {
        return espace.accepterCgu().accepter(new AccepterCgu.Commande(session, version, IP));
    }

    @Test
    void the_current_version_is_the_latest_published() {
        assertEquals(Optional.of(CGU), espace.consulterCgu().versionCourante());
        espace.cgu.publier(NOUVELLE);
        espace.horloge.avancer(CguEnCache.DUREE);
        assertEquals(Optional.of(NOUVELLE), espace.consulterCgu().versionCourante());
    }

    @Test
    void the_text_of_a_version_is_given_in_the_language_asked_for_and_none_for_an_unknown_version() {
        espace.cgu.publier(NOUVELLE, "Conditions 2026-02", "Terms 2026-02");

        assertEquals(Optional.of("Conditions 2026-02"), espace.consulterCgu().texte("2026-02", Langue.FR));
        assertEquals(Optional.of("Terms 2026-02"), espace.consulterCgu().texte("2026-02", Langue.EN));
        assertEquals(Optional.of(CguEnMemoire.textePar(CGU, Langue.EN)),
                espace.consulterCgu().texte(CGU.version(), Langue.EN));
        assertEquals(Optional.empty(), espace.consulterCgu().texte("1999-01", Langue.FR));
    }

    @Test
    void accepting_the_current_version_records_it_with_its_instant_and_completes_the_step() {
        espace.cgu.publier(NOUVELLE);
        SessionAuthentifiee session = espace.connecter(compte);

        assertEquals(Set.of(), accepter(session, "2026-02"));

        assertEquals(new AcceptationCgu(compte.id(), "2026-02", T0),
                espace.cgu.derniereAcceptation(compte.id()).orElseThrow());
        assertEquals(Set.of(), espace.sessions.de(session.sessionId()).etapesEnAttente());
        EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.CGU_ACCEPTEES).get(0);
        assertEquals(Optional.of("version=2026-02"), audit.detail());
        assertEquals(Optional.of(compte.numeroAdherent()), audit.numeroAdherent());
        assertEquals(Set.of(), espace.connecter(compte).etapesEnAttente(), "not asked again");
    }

    @Test
    void an_older_version_cannot_be_accepted() {
        espace.cgu.publier(NOUVELLE);
        SessionAuthentifiee session = espace.connecter(compte);
        int acceptations = espace.cgu.acceptations().size();

        assertRegleMetier("cgu.version_perimee", () -> accepter(session, CGU.version()));

        assertEquals(acceptations, espace.cgu.acceptations().size());
        assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), espace.sessions.de(session.sessionId()).etapesEnAttente());
    }

    @Test
    void an_unknown_or_malformed_version_cannot_be_accepted() {
        SessionAuthentifiee session = espace.connecter(compte);

        assertRegleMetier("cgu.version_perimee", () -> accepter(session, "2099-01"));
        assertValeurInvalide("cgu.version.invalide", "version", () -> accepter(session, "<2026>"));
    }

    @Test
    void nothing_can_be_accepted_when_no_cgu_was_published() {
        EspaceComptes sansCgu = EspaceComptes.sansCguPubliees();
        SessionAuthentifiee session = sansCgu.connecter(sansCgu.compteActif());

        assertRegleMetier("cgu.version_perimee",
                () -> sansCgu.accepterCgu().accepter(new AccepterCgu.Commande(session, "2026-01", IP)));
        assertEquals(List.of(), sansCgu.journal.deType(TypeEvenementAudit.CGU_ACCEPTEES));
    }
}
