package fr.espaceentreprise.adapters.persistence.entreprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqEntrepriseRepositoryTest {

    private static final NumeroAdherent INCONNU = new NumeroAdherent("99999999");

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqEntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);

    @Test
    void finds_a_saved_entreprise_by_id_with_every_field() {
        Entreprise entreprise = UneEntreprise.nommee("Transports Durand & Fils")
                .adresse(new Adresse("12 rue de l'Église", "Bâtiment B", "41000", "Blois", CodePays.FRANCE))
                .email("Contact@Durand.FR")
                .build();

        entreprises.enregistrer(entreprise);

        assertMemeEntreprise(entreprise, entreprises.trouver(entreprise.id()).orElseThrow());
    }

    @Test
    void finds_a_saved_entreprise_by_numero_adherent() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();
        entreprises.enregistrer(entreprise);

        assertMemeEntreprise(entreprise, entreprises.trouverParNumeroAdherent(entreprise.numeroAdherent()).orElseThrow());
    }

    @Test
    void saving_again_updates_the_entreprise_and_clears_what_it_no_longer_has() {
        Entreprise entreprise = UneEntreprise.parDefaut().build();
        entreprises.enregistrer(entreprise);

        entreprise.modifierInformations("Durand Logistique", new Adresse("3 Calle Mayor", null, "28013", "Madrid",
                new CodePays("ES")), UneEntreprise.siretValide(999_999), new Email("compta@durand.es"), null);
        entreprise.changerModalitesPaiement(ModalitesPaiement.virement(Periodicite.ANNUELLE));
        entreprises.enregistrer(entreprise);

        Entreprise relue = entreprises.trouver(entreprise.id()).orElseThrow();
        assertMemeEntreprise(entreprise, relue);
        assertEquals(Optional.empty(), relue.telephone());
        assertEquals(null, relue.adresseCorrespondance().ligne2());
        assertEquals(null, relue.modalitesPaiement().iban());
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_adherent() {
        entreprises.enregistrer(UneEntreprise.parDefaut().build());

        assertEquals(Optional.empty(), entreprises.trouver(EntrepriseId.nouveau()));
        assertEquals(Optional.empty(), entreprises.trouverParNumeroAdherent(INCONNU));
    }

    @Test
    void refuses_a_second_entreprise_with_the_same_numero_adherent() {
        Entreprise premiere = UneEntreprise.parDefaut().build();
        entreprises.enregistrer(premiere);
        Entreprise homonyme = Entreprise.enregistrer(EntrepriseId.nouveau(), premiere.numeroAdherent(), "Autre",
                UneEntreprise.siretValide(999_999), premiere.adresseCorrespondance(), premiere.email(), null,
                premiere.modalitesPaiement());

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> entreprises.enregistrer(homonyme));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroAdherent"), conflit.champ());
        assertTrue(entreprises.trouver(homonyme.id()).isEmpty());
    }

    @Test
    void refuses_a_second_entreprise_with_the_same_siret() {
        Entreprise premiere = UneEntreprise.parDefaut().build();
        entreprises.enregistrer(premiere);
        Entreprise doublon = Entreprise.enregistrer(EntrepriseId.nouveau(), INCONNU, "Autre",
                premiere.siret(), premiere.adresseCorrespondance(), premiere.email(), null,
                premiere.modalitesPaiement());

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> entreprises.enregistrer(doublon));

        assertEquals("siret.deja_utilise", conflit.code());
        assertEquals(Optional.of("siret"), conflit.champ());
    }

    static void assertMemeEntreprise(Entreprise attendue, Entreprise lue) {
        assertEquals(attendue.id(), lue.id());
        assertEquals(attendue.numeroAdherent(), lue.numeroAdherent());
        assertEquals(attendue.raisonSociale(), lue.raisonSociale());
        assertEquals(attendue.siret(), lue.siret());
        assertEquals(attendue.adresseCorrespondance(), lue.adresseCorrespondance());
        assertEquals(attendue.email(), lue.email());
        assertEquals(attendue.telephone(), lue.telephone());
        assertEquals(attendue.modalitesPaiement(), lue.modalitesPaiement());
    }
}
