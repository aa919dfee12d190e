package fr.espaceentreprise.application.mandataire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link MandataireRepository}: mandataires by id and numéro, the numéro unique. */
public abstract class MandataireRepositoryContract extends PortContract {

    private void enregistrer(Mandataire mandataire) {
        enTransaction(() -> stockage().mandataires().enregistrer(mandataire));
    }

    private Optional<Mandataire> trouver(MandataireId id) {
        return enTransaction(() -> stockage().mandataires().trouver(id));
    }

    @Test
    void finds_a_saved_mandataire_by_id_and_by_numero_adherent_with_every_field() {
        Mandataire mandataire = UnMandataire.parDefaut().build();

        enregistrer(mandataire);

        assertMemeMandataire(mandataire, trouver(mandataire.id()).orElseThrow());
        assertMemeMandataire(mandataire, enTransaction(() -> stockage().mandataires()
                .trouverParNumeroAdherent(mandataire.numeroAdherent())).orElseThrow());
    }

    @Test
    void saving_again_updates_the_mandataire() {
        Mandataire mandataire = UnMandataire.parDefaut().build();
        enregistrer(mandataire);
        Mandataire modifie = Mandataire.rehydrater(mandataire.id(), mandataire.numeroAdherent(), "Expat Courtage SAS",
                new Email("contact@expat-courtage.fr"), null);

        enregistrer(modifie);

        assertMemeMandataire(modifie, trouver(mandataire.id()).orElseThrow());
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_adherent() {
        enregistrer(UnMandataire.parDefaut().build());

        assertEquals(Optional.empty(), trouver(MandataireId.nouveau()));
        assertEquals(Optional.empty(), enTransaction(() -> stockage().mandataires()
                .trouverParNumeroAdherent(nouveauNumero())));
    }

    @Test
    void refuses_a_second_mandataire_with_the_same_numero_adherent_and_stores_nothing_of_it() {
        Mandataire premier = UnMandataire.parDefaut().build();
        enregistrer(premier);
        Mandataire doublon = Mandataire.enregistrer(MandataireId.nouveau(), premier.numeroAdherent(), "Autre",
                premier.email(), null);

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> enregistrer(doublon));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
        assertEquals(Optional.empty(), trouver(doublon.id()));
    }

    private static void assertMemeMandataire(Mandataire attendu, Mandataire lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.numeroAdherent(), lu.numeroAdherent());
        assertEquals(attendu.raisonSociale(), lu.raisonSociale());
        assertEquals(attendu.email(), lu.email());
        assertEquals(attendu.telephone(), lu.telephone());
    }
}
