package fr.espaceentreprise.domain.perimetre;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActeurTest {

    @Test
    void a_gestionnaire_is_recognised_as_such() {
        Acteur acteur = new Acteur(UtilisateurId.nouveau(), Profil.GESTIONNAIRE, Perimetre.complet(), Langue.FR);

        assertTrue(acteur.estGestionnaire());
    }

    @ParameterizedTest
    @EnumSource(value = Profil.class, names = {"ENTREPRISE", "MANDATAIRE"})
    void a_front_office_actor_is_not_a_gestionnaire(Profil profil) {
        Acteur acteur = new Acteur(UtilisateurId.nouveau(), profil, Perimetre.vide(), Langue.EN);

        assertFalse(acteur.estGestionnaire());
    }

    @ParameterizedTest
    @EnumSource(value = Profil.class, names = {"ENTREPRISE", "MANDATAIRE"})
    void only_a_gestionnaire_may_see_everything(Profil profil) {
        assertThrows(IllegalArgumentException.class,
                () -> new Acteur(UtilisateurId.nouveau(), profil, Perimetre.complet(), Langue.FR));
    }

    @Test
    void the_first_pending_step_is_the_one_the_screens_ask_for_first() {
        Acteur acteur = new Acteur(UtilisateurId.nouveau(), Profil.ENTREPRISE, Perimetre.vide(), Langue.FR,
                EnumSet.of(EtapeObligatoire.ACCEPTER_CGU, EtapeObligatoire.CHANGER_MOT_DE_PASSE));

        assertEquals(Optional.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), acteur.premiereEtapeEnAttente());
        assertEquals(Optional.empty(), acteur.avecEtapes(Set.of()).premiereEtapeEnAttente());
    }

    @Test
    void reading_in_another_language_keeps_the_pending_steps() {
        Acteur acteur = new Acteur(UtilisateurId.nouveau(), Profil.MANDATAIRE, Perimetre.vide(), Langue.FR,
                Set.of(EtapeObligatoire.CONFIRMER_EMAIL));

        Acteur enAnglais = acteur.enLangue(Langue.EN);

        assertEquals(Langue.EN, enAnglais.langue());
        assertEquals(Set.of(EtapeObligatoire.CONFIRMER_EMAIL), enAnglais.etapesEnAttente());
    }
}
