package fr.espaceentreprise.adapters.persistence.mandataire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqMandataireRepositoryTest {

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqMandataireRepository mandataires = new JooqMandataireRepository(dsl);

    @Test
    void finds_a_saved_mandataire_by_id_and_by_numero_adherent_with_every_field() {
        Mandataire mandataire = UnMandataire.parDefaut().build();

        mandataires.enregistrer(mandataire);

        assertMemeMandataire(mandataire, mandataires.trouver(mandataire.id()).orElseThrow());
        assertMemeMandataire(mandataire, mandataires.trouverParNumeroAdherent(mandataire.numeroAdherent()).orElseThrow());
    }

    @Test
    void saving_again_updates_the_mandataire() {
        Mandataire mandataire = UnMandataire.parDefaut().build();
        mandataires.enregistrer(mandataire);
        Mandataire modifie = Mandataire.rehydrater(mandataire.id(), mandataire.numeroAdherent(), "Expat Courtage SAS",
                new Email("contact@expat-courtage.fr"), null);

        mandataires.enregistrer(modifie);

        assertMemeMandataire(modifie, mandataires.trouver(mandataire.id()).orElseThrow());
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_adherent() {
        mandataires.enregistrer(UnMandataire.parDefaut().build());

        assertEquals(Optional.empty(), mandataires.trouver(MandataireId.nouveau()));
        assertEquals(Optional.empty(), mandataires.trouverParNumeroAdherent(new NumeroAdherent("99999999")));
    }

    @Test
    void refuses_a_second_mandataire_with_the_same_numero_adherent() {
        Mandataire premier = UnMandataire.parDefaut().build();
        mandataires.enregistrer(premier);
        Mandataire doublon = Mandataire.enregistrer(MandataireId.nouveau(), premier.numeroAdherent(), "Autre",
                premier.email(), null);

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> mandataires.enregistrer(doublon));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
        assertEquals(Optional.empty(), mandataires.trouver(doublon.id()));
    }

    private static void assertMemeMandataire(Mandataire attendu, Mandataire lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.numeroAdherent(), lu.numeroAdherent());
        assertEquals(attendu.raisonSociale(), lu.raisonSociale());
        assertEquals(attendu.email(), lu.email());
        assertEquals(attendu.telephone(), lu.telephone());
    }
}
