package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublierCguServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final Utilisateur compte = espace.compteActif();
    private final Acteur gestionnaire = espace.connecter(espace.gestionnaire()).acteur();

    private VersionCgu publier(Acteur acteur, String version, Optional<Instant> publieeLe) {
        return espace.publierCgu().publier(new PublierCgu.Commande(acteur, version, publieeLe,
                "Conditions " + version + "\n\nArticle 1 — Objet\nTexte.", "Terms " + version, IP));
    }

    private String jeton(Utilisateur utilisateur) {
        return ((SeConnecter.Resultat.Reussie) espace.seConnecter()
                .seConnecter(espace.connexion(utilisateur, EspaceComptes.MOT_DE_PASSE))).jeton();
    }

    private Set<EtapeObligatoire> etapes(String jeton) {
        return espace.authentifierSession().authentifier(jeton).orElseThrow().etapesEnAttente();
    }

    @Test
    void a_gestionnaire_publishes_a_version_in_force_at_once_with_its_texts_and_an_audit_line() {
        VersionCgu publiee = publier(gestionnaire, "2026-03", Optional.empty());

        assertEquals(new VersionCgu("2026-03", T0), publiee);
        assertEquals(Optional.of(publiee), espace.consulterCgu().versionCourante());
        assertEquals(Optional.of("Terms 2026-03"), espace.consulterCgu().texte("2026-03", Langue.EN));
        assertEquals(List.of(publiee, EspaceComptes.CGU), espace.consulterCgu().versions());
        EvenementAudit audit = espace.journal.deType(TypeEvenementAudit.CGU_PUBLIEES).get(0);
        assertEquals(Optional.of("version=2026-03"), audit.detail());
        assertEquals(Optional.of(gestionnaire.utilisateurId()), audit.utilisateurId());
    }

    @Test
    void a_session_opened_before_the_publication_must_accept_the_new_version_at_its_next_request() {
        String jeton = jeton(compte);
        assertEquals(Set.of(), etapes(jeton));

        publier(gestionnaire, "2026-03", Optional.empty());

        assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), etapes(jeton));
        SessionAuthentifiee session = espace.authentifierSession().authentifier(jeton).orElseThrow();
        espace.accepterCgu().accepter(new AccepterCgu.Commande(session, "2026-03", IP));
        assertEquals(Set.of(), etapes(jeton));
    }

    @Test
    void a_version_accepted_in_another_session_is_asked_for_no_more() {
        String premiere = jeton(compte);
        String seconde = jeton(compte);
        publier(gestionnaire, "2026-03", Optional.empty());

        espace.accepterCgu().accepter(new AccepterCgu.Commande(
                espace.authentifierSession().authentifier(seconde).orElseThrow(), "2026-03", IP));

        assertEquals(Set.of(), etapes(premiere));
    }

    @Test
    void a_version_published_for_later_is_asked_for_from_its_instant_only() {
        String jeton = jeton(compte);
        publier(gestionnaire, "2026-04", Optional.of(T0.plus(Duration.ofDays(1))));

        assertEquals(Set.of(), etapes(jeton));
        assertEquals(Optional.of(EspaceComptes.CGU), espace.consulterCgu().versionCourante());
        espace.horloge.avancer(Duration.ofDays(1));
        assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), espace.connecter(compte).etapesEnAttente());
    }

    @Test
    void a_version_cannot_come_into_force_before_the_latest_one_nor_reuse_an_older_label() {
        publier(gestionnaire, "2026-03", Optional.empty());

        assertRegleMetier(PublicationCgu.ANTERIEURE,
                () -> publier(gestionnaire, "2026-02", Optional.of(T0.minusSeconds(1))));
        assertRegleMetier(PublicationCgu.EXISTANTE,
                () -> publier(gestionnaire, EspaceComptes.CGU.version(), Optional.empty()));
        assertEquals(2, espace.consulterCgu().versions().size());
        assertEquals(1, espace.journal.deType(TypeEvenementAudit.CGU_PUBLIEES).size());
    }

    @Test
    void anyone_but_a_gestionnaire_is_told_there_is_nothing_there() {
        Acteur entreprise = espace.connecter(compte).acteur();

        assertThrows(IntrouvableException.class, () -> publier(entreprise, "2026-03", Optional.empty()));
        assertEquals(1, espace.consulterCgu().versions().size());
    }
}
