package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationCguTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Optional<VersionCgu> EN_VIGUEUR = Optional.of(new VersionCgu("2026-11", T0));

    @Test
    void a_version_published_after_the_latest_one_keeps_its_trimmed_texts() {
        VersionCgu nouvelle = new VersionCgu("2027-01", T0.plusSeconds(1));

        PublicationCgu publication = PublicationCgu.apres(EN_VIGUEUR, nouvelle, " Titre\n\nArticle 1\nTexte ",
                "Title\n\nArticle 1\nText");

        assertEquals(new PublicationCgu(nouvelle, "Titre\n\nArticle 1\nTexte", "Title\n\nArticle 1\nText"),
                publication);
    }

    @Test
    void the_first_version_may_be_published_at_any_instant() {
        VersionCgu premiere = new VersionCgu("v1", Instant.EPOCH);

        assertEquals(premiere, PublicationCgu.apres(Optional.empty(), premiere, "Texte", "Text").version());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -86_400})
    void a_version_cannot_come_into_force_at_or_before_the_latest_one(long decalage) {
        VersionCgu nouvelle = new VersionCgu("2027-01", T0.plusSeconds(decalage));

        assertRegleMetier(PublicationCgu.ANTERIEURE, () -> PublicationCgu.apres(EN_VIGUEUR, nouvelle, "T", "T"));
    }

    @Test
    void the_label_of_the_latest_version_cannot_be_used_again() {
        VersionCgu memeNom = new VersionCgu("2026-11", T0.plusSeconds(60));

        assertRegleMetier(PublicationCgu.EXISTANTE, () -> PublicationCgu.apres(EN_VIGUEUR, memeNom, "T", "T"));
    }

    @Test
    void both_texts_are_required() {
        VersionCgu nouvelle = new VersionCgu("2027-01", T0.plusSeconds(60));

        assertValeurInvalide("champ.obligatoire", "texteFr", () -> new PublicationCgu(nouvelle, "  ", "Text"));
        assertValeurInvalide("champ.obligatoire", "texteEn", () -> new PublicationCgu(nouvelle, "Texte", null));
        assertValeurInvalide("champ.trop_long", "texteEn",
                () -> new PublicationCgu(nouvelle, "Texte", "x".repeat(PublicationCgu.TEXTE_MAX + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2027 01", "-2027", "v/2"})
    void a_label_has_the_format_of_the_stored_versions(String version) {
        assertValeurInvalide(version.isBlank() ? "champ.obligatoire" : "cgu.version.invalide", "version",
                () -> new VersionCgu(version, T0));
    }
}
