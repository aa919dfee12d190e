package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ACCEPTATION_CGU;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.VERSION_CGU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JooqCguRepositoryTest {

    private static final VersionCgu PREMIERE = new VersionCgu("2026-11", Instant.parse("2026-11-01T00:00:00Z"));
    private static final Pattern ARTICLE = Pattern.compile("(?m)^Article (\\d+) — \\S.*$");

    /** A schema per test: some tests publish versions of their own. */
    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final JooqCguRepository cgu = new JooqCguRepository(dsl);
    private final UtilisateurId compte = Comptes.unCompte(dsl);

    @Test
    void the_version_published_by_the_migration_is_the_current_one_from_its_publication() {
        assertEquals(Optional.of(PREMIERE), cgu.versionCourante(Instant.parse("2026-11-27T12:00:00Z")));
        assertEquals(Optional.of(PREMIERE), cgu.versionCourante(PREMIERE.publieeLe()));
        assertEquals(Optional.empty(), cgu.versionCourante(PREMIERE.publieeLe().minusNanos(1_000)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"texte_fr", "texte_en"})
    void the_first_version_has_a_complete_text_in_each_language_with_numbered_articles_and_the_contact(String langue) {
        String texte = dsl.select(VERSION_CGU.field(langue, String.class)).from(VERSION_CGU)
                .where(VERSION_CGU.VERSION.eq(PREMIERE.version())).fetchSingle().value1();

        Matcher articles = ARTICLE.matcher(texte);
        int nombre = 0;
        while (articles.find()) {
            nombre++;
            assertEquals(Integer.toString(nombre), articles.group(1), "articles numbered in order");
        }
        assertTrue(nombre >= 12 && nombre <= 20, nombre + " articles");
        assertTrue(texte.contains("+33 (0)2 54 45 56 77"), "telephone");
        assertTrue(texte.contains("gestion@welcare.fr"), "e-mail");
        assertTrue(texte.contains("2026-11"), "version");
    }

    @Test
    void the_text_of_a_version_is_read_in_each_language_and_an_unknown_version_has_none() {
        String francais = cgu.texte(PREMIERE.version(), Langue.FR).orElseThrow();
        String anglais = cgu.texte(PREMIERE.version(), Langue.EN).orElseThrow();

        assertTrue(francais.startsWith("Conditions générales d'utilisation de l'Espace Entreprise"), francais);
        assertTrue(francais.contains("Article 1 — Objet"));
        assertTrue(anglais.startsWith("Terms of use of the Espace Entreprise"), anglais);
        assertTrue(anglais.contains("Article 1 — Purpose"));
        assertEquals(Optional.empty(), cgu.texte("1999-01", Langue.FR));
    }

    @Test
    void a_newer_version_becomes_current_at_its_publication_and_a_future_one_is_not_yet() {
        VersionCgu seconde = publier("2027-03", "2027-03-15T08:00:00Z");
        publier("2027-09", "2027-09-01T00:00:00Z");

        assertEquals(Optional.of(PREMIERE), cgu.versionCourante(seconde.publieeLe().minusSeconds(1)));
        assertEquals(Optional.of(seconde), cgu.versionCourante(seconde.publieeLe()));
        assertEquals(Optional.of(seconde), cgu.versionCourante(Instant.parse("2027-08-31T23:59:59Z")));
    }

    @Test
    void a_version_published_by_the_back_office_is_stored_with_both_texts_and_listed_latest_first() {
        VersionCgu publiee = new VersionCgu("2027-03", Instant.parse("2027-03-15T08:00:00.123456Z"));

        cgu.publier(new PublicationCgu(publiee, "Conditions\n\nArticle 1 — Objet\nTexte.", "Terms"));

        assertEquals(List.of(publiee, PREMIERE), cgu.versions());
        assertEquals(Optional.of("Conditions\n\nArticle 1 — Objet\nTexte."), cgu.texte("2027-03", Langue.FR));
        assertEquals(Optional.of("Terms"), cgu.texte("2027-03", Langue.EN));
        assertEquals(Optional.of(publiee), cgu.versionCourante(publiee.publieeLe()));
    }

    @Test
    void every_acceptance_is_kept_and_the_latest_whatever_its_version_is_answered() {
        publier("2027-03", "2027-03-15T08:00:00Z");
        AcceptationCgu premiere = new AcceptationCgu(compte, "2026-11", Instant.parse("2026-11-20T10:00:00.5Z"));
        AcceptationCgu seconde = new AcceptationCgu(compte, "2027-03", Instant.parse("2027-03-16T09:00:00Z"));
        AcceptationCgu encore = new AcceptationCgu(compte, "2026-11", Instant.parse("2027-03-20T09:00:00.000001Z"));
        AcceptationCgu dUnAutre = new AcceptationCgu(Comptes.unCompte(dsl), "2027-03",
                Instant.parse("2027-04-01T00:00:00Z"));

        cgu.enregistrer(seconde);
        cgu.enregistrer(encore);
        cgu.enregistrer(premiere);
        cgu.enregistrer(dUnAutre);

        assertEquals(Optional.of(encore), cgu.derniereAcceptation(compte));
        assertEquals(List.of(premiere.accepteeLe(), seconde.accepteeLe(), encore.accepteeLe()),
                dsl.select(ACCEPTATION_CGU.ACCEPTEE_LE).from(ACCEPTATION_CGU)
                        .where(ACCEPTATION_CGU.UTILISATEUR_ID.eq(compte.valeur()))
                        .orderBy(ACCEPTATION_CGU.ACCEPTEE_LE)
                        .fetch(ligne -> ligne.value1().toInstant()));
    }

    @Test
    void the_same_acceptance_recorded_twice_is_kept_once() {
        AcceptationCgu acceptation = new AcceptationCgu(compte, "2026-11", Instant.parse("2026-11-20T10:00:00Z"));

        cgu.enregistrer(acceptation);
        cgu.enregistrer(acceptation);

        assertEquals(1, dsl.fetchCount(ACCEPTATION_CGU, ACCEPTATION_CGU.UTILISATEUR_ID.eq(compte.valeur())));
    }

    @Test
    void a_user_who_never_accepted_has_no_acceptance() {
        cgu.enregistrer(new AcceptationCgu(Comptes.unCompte(dsl), "2026-11", Instant.parse("2026-11-20T10:00:00Z")));

        assertEquals(Optional.empty(), cgu.derniereAcceptation(compte));
    }

    private VersionCgu publier(String version, String publieeLe) {
        VersionCgu publiee = new VersionCgu(version, Instant.parse(publieeLe));
        dsl.insertInto(VERSION_CGU)
                .set(VERSION_CGU.VERSION, publiee.version())
                .set(VERSION_CGU.PUBLIEE_LE, publiee.publieeLe().atOffset(ZoneOffset.UTC))
                .set(VERSION_CGU.TEXTE_FR, "Conditions " + version)
                .set(VERSION_CGU.TEXTE_EN, "Terms " + version)
                .execute();
        return publiee;
    }
}
