package fr.espaceentreprise.application.entreprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConsulterEntreprisesServiceTest {

    private final EspaceConsultation espace = new EspaceConsultation();
    private final ConsulterEntreprises consulter = espace.consulterEntreprises();

    private static void assertIntrouvable(Executable action) {
        assertEquals("entreprise.introuvable", assertThrows(IntrouvableException.class, action).code());
    }

    @Test
    void an_entreprise_user_lists_its_own_entreprise_only() {
        Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
        espace.contrat(entreprise);
        espace.contrat(espace.entreprise("Autre SA"));

        assertEquals(List.of(new EntrepriseResume(entreprise.id(), entreprise.numeroAdherent(), "Expat Conseil SAS")),
                consulter.lister(espace.acteurEntreprise(entreprise)));
    }

    @Test
    void a_mandataire_lists_his_portfolio_by_raison_sociale() {
        Mandataire courtier = espace.mandataire("Courtage Expat");
        Entreprise zeta = espace.entreprise("Zeta Industries");
        Entreprise alpha = espace.entreprise("Alpha Conseil");
        Entreprise horsPortefeuille = espace.entreprise("Beta SA");
        espace.mandat(courtier, espace.contrat(zeta));
        espace.mandat(courtier, espace.contrat(alpha));
        espace.contrat(horsPortefeuille);

        assertEquals(List.of("Alpha Conseil", "Zeta Industries"), consulter.lister(espace.acteurMandataire(courtier))
                .stream().map(EntrepriseResume::raisonSociale).toList());
    }

    @Test
    void a_gestionnaire_gets_no_list() {
        espace.contrat(espace.entreprise("Expat Conseil SAS"));

        assertEquals(List.of(), consulter.lister(espace.acteurGestionnaire()));
    }

    @Test
    void the_fiche_shows_the_contact_details_and_the_iban_masked_but_its_last_four_characters() {
        Entreprise entreprise = espace.entreprise(UneEntreprise.nommee("Expat Conseil SAS")
                .email("rh@expat-conseil.fr").telephone("01 23 45 67 89"));
        espace.contrat(entreprise);

        FicheEntreprise fiche = consulter.consulter(espace.acteurEntreprise(entreprise), entreprise.id());

        assertEquals(entreprise.id(), fiche.id());
        assertEquals(entreprise.numeroAdherent(), fiche.numeroAdherent());
        assertEquals("Expat Conseil SAS", fiche.raisonSociale());
        assertEquals(entreprise.siret(), fiche.siret());
        assertEquals(entreprise.adresseCorrespondance(), fiche.adresseCorrespondance());
        assertEquals(entreprise.email(), fiche.email());
        assertEquals(entreprise.telephone(), fiche.telephone());
        assertEquals(ModePaiement.PRELEVEMENT, fiche.modePaiement());
        assertEquals(Optional.of(new Bic(UneEntreprise.BIC)), fiche.bic());
        assertEquals(Periodicite.TRIMESTRIELLE, fiche.periodicite());
        String iban = fiche.ibanMasque().orElseThrow().replace(" ", "");
        assertEquals(UneEntreprise.IBAN.substring(UneEntreprise.IBAN.length() - 4),
                iban.substring(iban.length() - 4));
        assertEquals(-1, iban.indexOf(UneEntreprise.IBAN.substring(0, 8)));
    }

    @Test
    void an_entreprise_paying_by_transfer_shows_no_bank_details() {
        Entreprise entreprise = espace.entreprise(UneEntreprise.nommee("Virement SA").payantParVirement());
        espace.contrat(entreprise);

        FicheEntreprise fiche = consulter.consulter(espace.acteurEntreprise(entreprise), entreprise.id());

        assertEquals(ModePaiement.VIREMENT, fiche.modePaiement());
        assertEquals(Optional.empty(), fiche.ibanMasque());
        assertEquals(Optional.empty(), fiche.bic());
    }

    @Test
    void an_entreprise_outside_the_perimetre_does_not_exist() {
        Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
        Contrat contrat = espace.contrat(entreprise);
        Entreprise autre = espace.entreprise("Autre SA");
        espace.contrat(autre);
        Mandataire courtier = espace.mandataire("Courtage Expat");
        espace.mandat(courtier, contrat);

        assertIntrouvable(() -> consulter.consulter(espace.acteurEntreprise(entreprise), autre.id()));
        assertIntrouvable(() -> consulter.consulter(espace.acteurMandataire(courtier), autre.id()));
        assertIntrouvable(() -> consulter.consulter(espace.acteurGestionnaire(), EntrepriseId.nouveau()));
        assertEquals(autre.id(), consulter.consulter(espace.acteurGestionnaire(), autre.id()).id());
    }
}
