package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JetonApiTest {

    private static final Instant MAINTENANT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant DANS_90_JOURS = MAINTENANT.plus(Duration.ofDays(90));
    private static final JetonApiId ID = JetonApiId.nouveau();
    private static final UtilisateurId UTILISATEUR = UtilisateurId.nouveau();

    private static JetonApi creer(String nom, Instant expireLe) {
        return JetonApi.creer(ID, UTILISATEUR, nom, DroitsJeton.LECTURE, expireLe, MAINTENANT);
    }

    private final JetonApi jeton = creer("SIRH paie", DANS_90_JOURS);

    @Test
    void a_new_token_is_named_dated_and_neither_used_nor_revoked() {
        JetonApi cree = JetonApi.creer(ID, UTILISATEUR, "  SIRH paie ", DroitsJeton.ECRITURE, DANS_90_JOURS,
                MAINTENANT);

        assertEquals(ID, cree.id());
        assertEquals(UTILISATEUR, cree.utilisateurId());
        assertEquals("SIRH paie", cree.nom());
        assertEquals(DroitsJeton.ECRITURE, cree.droits());
        assertEquals(MAINTENANT, cree.creeLe());
        assertEquals(DANS_90_JOURS, cree.expireLe());
        assertEquals(Optional.empty(), cree.dernierUsage());
        assertEquals(Optional.empty(), cree.revoqueLe());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void a_token_needs_a_name(String nom) {
        assertValeurInvalide("champ.obligatoire", "nom", () -> creer(nom, DANS_90_JOURS));
    }

    @Test
    void a_name_may_have_80_characters_not_81() {
        assertEquals(80, JetonApi.NOM_MAX);
        assertEquals("n".repeat(80), creer("n".repeat(80), DANS_90_JOURS).nom());

        ValeurInvalideException erreur =
                assertValeurInvalide("champ.trop_long", "nom", () -> creer("n".repeat(81), DANS_90_JOURS));
        assertEquals(Map.of("max", 80), erreur.parametres());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIRH\u0000paie", "SIRH\u0007", "\u001b[31mSIRH", "SIRH\u007f", "SIRH\u0085paie"})
    void a_name_cannot_hold_control_characters(String nom) {
        assertValeurInvalide("champ.caracteres_invalides", "nom", () -> creer(nom, DANS_90_JOURS));
    }

    @Test
    void a_token_needs_its_rights_and_its_expiry() {
        assertValeurInvalide("champ.obligatoire", "droits",
                () -> JetonApi.creer(ID, UTILISATEUR, "SIRH", null, DANS_90_JOURS, MAINTENANT));
        assertValeurInvalide("champ.obligatoire", "expireLe", () -> creer("SIRH", null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-P366D", "-PT1S", "PT0S", "P366DT0.001S", "P367D", "P3650D"})
    void an_expiry_in_the_past_now_or_beyond_the_maximum_is_refused(Duration dansCombienDeTemps) {
        Instant expireLe = MAINTENANT.plus(dansCombienDeTemps);

        assertValeurInvalide("jetonApi.expiration.invalide", "expireLe", () -> creer("SIRH", expireLe));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PT0.001S", "PT1M", "P30D", "P365D", "P366D"})
    void an_expiry_up_to_366_days_away_is_accepted(Duration dansCombienDeTemps) {
        Instant expireLe = MAINTENANT.plus(dansCombienDeTemps);

        assertEquals(expireLe, creer("SIRH", expireLe).expireLe());
    }

    @Test
    void the_maximum_lifetime_is_a_year_of_366_days() {
        assertEquals(Duration.ofDays(366), JetonApi.DUREE_MAX);
    }

    @Test
    void a_token_is_valid_strictly_before_its_expiry() {
        assertTrue(jeton.estValideLe(MAINTENANT));
        assertTrue(jeton.estValideLe(DANS_90_JOURS.minusMillis(1)));
        assertFalse(jeton.estValideLe(DANS_90_JOURS));
        assertFalse(jeton.estValideLe(DANS_90_JOURS.plusSeconds(1)));
    }

    @Test
    void a_revoked_token_is_no_longer_valid_and_keeps_its_first_revocation() {
        Instant premiere = MAINTENANT.plus(Duration.ofDays(1));

        jeton.revoquer(premiere);
        jeton.revoquer(premiere.plusSeconds(60));
        jeton.revoquer(premiere.minusSeconds(60));

        assertEquals(Optional.of(premiere), jeton.revoqueLe());
        assertFalse(jeton.estValideLe(premiere.plusSeconds(1)));
    }

    @Test
    void its_last_use_never_moves_back() {
        Instant usage = MAINTENANT.plus(Duration.ofHours(2));

        jeton.utiliser(usage);
        jeton.utiliser(usage.minusSeconds(1));
        assertEquals(Optional.of(usage), jeton.dernierUsage());

        jeton.utiliser(usage.plusSeconds(1));
        assertEquals(Optional.of(usage.plusSeconds(1)), jeton.dernierUsage());
    }

    @Test
    void rehydration_restores_every_field() {
        Instant creeLe = MAINTENANT.minus(Duration.ofDays(10));
        JetonApi relu = JetonApi.rehydrater(ID, UTILISATEUR, "SIRH", DroitsJeton.ECRITURE, creeLe, DANS_90_JOURS,
                MAINTENANT.minusSeconds(60), MAINTENANT);

        assertEquals(ID, relu.id());
        assertEquals(UTILISATEUR, relu.utilisateurId());
        assertEquals("SIRH", relu.nom());
        assertEquals(DroitsJeton.ECRITURE, relu.droits());
        assertEquals(creeLe, relu.creeLe());
        assertEquals(DANS_90_JOURS, relu.expireLe());
        assertEquals(Optional.of(MAINTENANT.minusSeconds(60)), relu.dernierUsage());
        assertEquals(Optional.of(MAINTENANT), relu.revoqueLe());
        assertFalse(relu.estValideLe(MAINTENANT.plusSeconds(1)));
    }
}
