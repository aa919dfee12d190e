package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link CguRepository}: the versions in force by their publication instant, and every acceptance kept. */
public abstract class CguRepositoryContract extends PortContract {

    private static final VersionCgu PREMIERE = new VersionCgu("2026-11", T0);
    private static final VersionCgu SECONDE = new VersionCgu("2027-03", T0.plus(Duration.ofDays(120)));

    private final UtilisateurId compte = unCompte().id();

    private CguRepository cgu() {
        return stockage().cgu();
    }

    private void publier(VersionCgu version) {
        enTransaction(() -> cgu().publier(new PublicationCgu(version, "Conditions " + version.version(),
                "Terms " + version.version())));
    }

    private Optional<VersionCgu> courante(Instant maintenant) {
        return enTransaction(() -> cgu().versionCourante(maintenant));
    }

    private void accepter(AcceptationCgu acceptation) {
        enTransaction(() -> cgu().enregistrer(acceptation));
    }

    @Test
    void before_any_publication_there_is_no_version_nor_text() {
        assertEquals(Optional.empty(), courante(T0));
        assertEquals(List.of(), enTransaction(() -> cgu().versions()));
        assertEquals(Optional.empty(), enTransaction(() -> cgu().texte(PREMIERE.version(), Langue.FR)));
    }

    @Test
    void a_version_is_current_from_its_publication_until_the_next_one_and_a_future_one_is_not_yet() {
        publier(PREMIERE);
        publier(SECONDE);
        publier(new VersionCgu("2027-09", SECONDE.publieeLe().plus(Duration.ofDays(90))));

        assertEquals(Optional.empty(), courante(PREMIERE.publieeLe().minusNanos(1_000)));
        assertEquals(Optional.of(PREMIERE), courante(PREMIERE.publieeLe()));
        assertEquals(Optional.of(PREMIERE), courante(SECONDE.publieeLe().minusSeconds(1)));
        assertEquals(Optional.of(SECONDE), courante(SECONDE.publieeLe()));
        assertEquals(Optional.of(SECONDE), courante(SECONDE.publieeLe().plus(Duration.ofDays(89))));
    }

    @Test
    void a_published_version_keeps_both_texts_and_every_version_is_listed_latest_first() {
        publier(PREMIERE);
        enTransaction(() -> cgu().publier(new PublicationCgu(SECONDE, "Conditions\n\nArticle 1 — Objet\nTexte.",
                "Terms")));

        assertEquals(List.of(SECONDE, PREMIERE), enTransaction(() -> cgu().versions()));
        assertEquals(Optional.of("Conditions\n\nArticle 1 — Objet\nTexte."),
                enTransaction(() -> cgu().texte(SECONDE.version(), Langue.FR)));
        assertEquals(Optional.of("Terms"), enTransaction(() -> cgu().texte(SECONDE.version(), Langue.EN)));
        assertEquals(Optional.empty(), enTransaction(() -> cgu().texte("1999-01", Langue.FR)));
    }

    @Test
    void every_acceptance_is_kept_and_the_latest_whatever_its_version_is_answered() {
        publier(PREMIERE);
        publier(SECONDE);
        AcceptationCgu premiere = new AcceptationCgu(compte, PREMIERE.version(), T0.plusMillis(500));
        AcceptationCgu seconde = new AcceptationCgu(compte, SECONDE.version(), SECONDE.publieeLe().plusSeconds(60));
        AcceptationCgu encore = new AcceptationCgu(compte, PREMIERE.version(), seconde.accepteeLe().plusNanos(1_000));
        accepter(seconde);
        accepter(encore);
        accepter(premiere);
        accepter(new AcceptationCgu(unCompte().id(), SECONDE.version(), encore.accepteeLe().plusSeconds(60)));

        assertEquals(Optional.of(encore), enTransaction(() -> cgu().derniereAcceptation(compte)));
        assertEquals(List.of(premiere, seconde, encore),
                enTransaction(() -> stockage().lectureDonneesPersonnelles().acceptationsCgu(compte)));
    }

    @Test
    void the_same_acceptance_recorded_twice_is_kept_once() {
        publier(PREMIERE);
        AcceptationCgu acceptation = new AcceptationCgu(compte, PREMIERE.version(), T0.plusSeconds(60));

        accepter(acceptation);
        accepter(acceptation);

        assertEquals(List.of(acceptation),
                enTransaction(() -> stockage().lectureDonneesPersonnelles().acceptationsCgu(compte)));
    }

    @Test
    void a_user_who_never_accepted_has_no_acceptance() {
        publier(PREMIERE);
        accepter(new AcceptationCgu(unCompte().id(), PREMIERE.version(), T0.plusSeconds(60)));

        assertEquals(Optional.empty(), enTransaction(() -> cgu().derniereAcceptation(compte)));
    }
}
