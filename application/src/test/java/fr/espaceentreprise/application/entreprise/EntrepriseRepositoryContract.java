package fr.espaceentreprise.application.entreprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
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
import org.junit.jupiter.api.Test;

/** {@link EntrepriseRepository}: entreprises by id and numéro, every field kept, natural keys unique. */
public abstract class EntrepriseRepositoryContract extends PortContract {

    private Optional<Entreprise> trouver(EntrepriseId id) {
        return enTransaction(() -> stockage().entreprises().trouver(id));
    }

    @Test
    void finds_a_saved_entreprise_by_id_and_by_numero_adherent_with_every_field() {
        Entreprise entreprise = stocker(UneEntreprise.nommee("Transports Durand & Fils")
                .adresse(new Adresse("12 rue de l'Église", "Bâtiment B", "41000", "Blois", CodePays.FRANCE))
                .email("Contact@Durand.FR").build());

        assertMemeEntreprise(entreprise, trouver(entreprise.id()).orElseThrow());
        assertMemeEntreprise(entreprise, enTransaction(() -> stockage().entreprises()
                .trouverParNumeroAdherent(entreprise.numeroAdherent())).orElseThrow());
    }

    @Test
    void saving_again_updates_the_entreprise_and_clears_what_it_no_longer_has() {
        Entreprise entreprise = uneEntreprise();

        entreprise.modifierInformations("Durand Logistique", new Adresse("3 Calle Mayor", null, "28013", "Madrid",
                new CodePays("ES")), UneEntreprise.siretValide(999_999), new Email("compta@durand.es"), null);
        entreprise.changerModalitesPaiement(ModalitesPaiement.virement(Periodicite.ANNUELLE));
        stocker(entreprise);

        Entreprise relue = trouver(entreprise.id()).orElseThrow();
        assertMemeEntreprise(entreprise, relue);
        assertEquals(Optional.empty(), relue.telephone());
        assertEquals(null, relue.adresseCorrespondance().ligne2());
        assertEquals(null, relue.modalitesPaiement().iban());
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_adherent() {
        uneEntreprise();

        assertEquals(Optional.empty(), trouver(EntrepriseId.nouveau()));
        assertEquals(Optional.empty(), enTransaction(() -> stockage().entreprises()
                .trouverParNumeroAdherent(nouveauNumero())));
    }

    @Test
    void refuses_a_second_entreprise_with_the_same_numero_adherent_and_stores_nothing_of_it() {
        Entreprise premiere = uneEntreprise();
        Entreprise homonyme = Entreprise.enregistrer(EntrepriseId.nouveau(), premiere.numeroAdherent(), "Autre",
                UneEntreprise.siretValide(999_998), premiere.adresseCorrespondance(), premiere.email(), null,
                premiere.modalitesPaiement());

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> stocker(homonyme));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroAdherent"), conflit.champ());
        assertEquals(Optional.empty(), trouver(homonyme.id()));
    }

    @Test
    void refuses_a_second_entreprise_with_the_same_siret() {
        Entreprise premiere = uneEntreprise();
        NumeroAdherent autreNumero = nouveauNumero();
        Entreprise doublon = Entreprise.enregistrer(EntrepriseId.nouveau(), autreNumero, "Autre",
                premiere.siret(), premiere.adresseCorrespondance(), premiere.email(), null,
                premiere.modalitesPaiement());

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> stocker(doublon));

        assertEquals("siret.deja_utilise", conflit.code());
        assertEquals(Optional.of("siret"), conflit.champ());
    }

    private static void assertMemeEntreprise(Entreprise attendue, Entreprise lue) {
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
