package fr.espaceentreprise.domain.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlesInscriptionTest {

    private final Entreprise entreprise = UneEntreprise.parDefaut().email("rh@expat-conseil.fr").build();
    private final Mandataire mandataire = UnMandataire.parDefaut().email("gestion@courtage.fr").build();

    @Test
    void an_entreprise_request_matching_the_reference_data_passes_every_check() {
        DemandeInscription demande = UneDemandeInscription.pour(entreprise).build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.of(entreprise),
                Optional.empty(), false);

        assertEquals(new ControlesInscription(true, true, true, true, false), controles);
        assertTrue(controles.tousSatisfaits());
        assertEquals(List.of(), controles.echecs());
    }

    @Test
    void an_unknown_numero_fails_every_check_that_depends_on_it() {
        DemandeInscription demande = UneDemandeInscription.entreprise().numeroAdherent("19999999").build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.empty(), Optional.empty(),
                false);

        assertFalse(controles.tousSatisfaits());
        assertEquals(List.of("inscription.numeroAdherent.inconnu", "inscription.profil.different",
                "inscription.siret.different"), controles.echecs());
    }

    @Test
    void an_entreprise_request_with_another_siret_fails_the_siret_check_only() {
        DemandeInscription demande = UneDemandeInscription.pour(entreprise)
                .siret(UneEntreprise.siretValide(999_999)).build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.of(entreprise),
                Optional.empty(), false);

        assertEquals(List.of("inscription.siret.different"), controles.echecs());
    }

    @Test
    void a_numero_held_by_a_mandataire_does_not_open_an_entreprise_account() {
        DemandeInscription demande = UneDemandeInscription.entreprise()
                .numeroAdherent(mandataire.numeroAdherent()).build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.empty(),
                Optional.of(mandataire), false);

        assertTrue(controles.numeroAdherentConnu());
        assertEquals(List.of("inscription.profil.different", "inscription.siret.different"), controles.echecs());
    }

    @Test
    void a_mandataire_request_is_not_asked_for_a_siret() {
        DemandeInscription demande = UneDemandeInscription.pour(mandataire).build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.empty(),
                Optional.of(mandataire), false);

        assertTrue(controles.siretConforme());
        assertTrue(controles.tousSatisfaits());
    }

    @Test
    void a_mandataire_request_on_an_entreprise_numero_fails_the_profil_check() {
        DemandeInscription demande = UneDemandeInscription.mandataire()
                .numeroAdherent(entreprise.numeroAdherent()).build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.of(entreprise),
                Optional.empty(), false);

        assertEquals(List.of("inscription.profil.different"), controles.echecs());
    }

    @Test
    void a_numero_that_already_has_an_account_fails_the_last_check() {
        DemandeInscription demande = UneDemandeInscription.pour(entreprise).build();

        ControlesInscription controles = ControlesInscription.evaluer(demande, Optional.of(entreprise),
                Optional.empty(), true);

        assertEquals(List.of("inscription.compte.existant"), controles.echecs());
    }

    @Test
    void the_email_on_file_is_compared_ignoring_case_but_does_not_block() {
        DemandeInscription memeEmail = UneDemandeInscription.pour(mandataire).email("Gestion@Courtage.fr").build();
        DemandeInscription emailPersonnel = UneDemandeInscription.pour(mandataire).email("camille@perso.fr").build();

        ControlesInscription identique = ControlesInscription.evaluer(memeEmail, Optional.empty(),
                Optional.of(mandataire), false);
        ControlesInscription different = ControlesInscription.evaluer(emailPersonnel, Optional.empty(),
                Optional.of(mandataire), false);

        assertTrue(identique.emailIdentiqueAuDossier());
        assertFalse(different.emailIdentiqueAuDossier());
        assertTrue(different.tousSatisfaits());
    }
}
