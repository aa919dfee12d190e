package fr.espaceentreprise.domain.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PolitiqueSecondFacteurTest {

    @ParameterizedTest
    @EnumSource(Profil.class)
    void when_obligatory_every_profile_must_enrol(Profil profil) {
        assertTrue(PolitiqueSecondFacteur.OBLIGATOIRE.exigePour(profil));
    }

    @ParameterizedTest
    @EnumSource(Profil.class)
    void when_offered_only_gestionnaires_must_enrol(Profil profil) {
        assertEquals(profil == Profil.GESTIONNAIRE, PolitiqueSecondFacteur.PROPOSE.exigePour(profil));
    }
}
