package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.VERSION_CGU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
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

    /** One schema for the class: the tests only read what the migration published. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final JooqCguRepository cgu = new JooqCguRepository(dsl);

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

}
