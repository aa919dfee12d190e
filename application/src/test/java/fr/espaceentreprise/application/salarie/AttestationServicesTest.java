package fr.espaceentreprise.application.salarie;

import static fr.espaceentreprise.application.consultation.EspaceConsultation.AUJOURDHUI;
import static fr.espaceentreprise.application.consultation.EspaceConsultation.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.domain.salarie.LigneAttestation;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import fr.espaceentreprise.domain.salarie.UnSalarie;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AttestationServicesTest {

    private final EspaceConsultation espace = new EspaceConsultation();
    private final DelivrerAttestation delivrer = espace.delivrerAttestation();
    private final VerifierAttestation verifier = espace.verifierAttestation();

    private final Entreprise entreprise = espace.entreprise("Expat Conseil SAS");
    private final Contrat sante = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-SANTE-01"));
    private final Contrat prevoyance = espace.contrat(UnContrat.de(entreprise.id()).numero("CT-PREV-01"));
    private final Mandataire courtier = espace.mandataire("Courtage Expat");

    @Nested
    class Delivrance {

        @Test
        void the_attestation_gets_a_fresh_code_is_kept_and_certifies_the_affiliations_not_ended() {
            Salarie salarie = espace.salarie(UnSalarie.nomme("Wróbel").prenomme("Łukasz")
                    .affilieA(sante, LocalDate.of(2024, 2, 1))
                    .affilieA(prevoyance).radieDe(prevoyance, AUJOURDHUI.minusDays(1)));

            Attestation attestation = delivrer.delivrer(espace.acteurEntreprise(entreprise), salarie.id());

            assertEquals(new CodeVerification("00000000000000000001"), attestation.code());
            assertEquals(AUJOURDHUI, attestation.dateEmission());
            assertEquals(T0, attestation.emiseLe());
            assertEquals("Wróbel", attestation.nom());
            assertEquals("Expat Conseil SAS", attestation.raisonSociale());
            assertEquals(List.of(sante.numero()),
                    attestation.lignes().stream().map(LigneAttestation::numeroContrat).toList());
            assertEquals(Optional.of(attestation), espace.attestations.trouverParCode(attestation.code()));
        }

        @Test
        void each_attestation_gets_its_own_code() {
            Salarie salarie = espace.salarie(UnSalarie.quelconque().affilieA(sante));

            Attestation premiere = delivrer.delivrer(espace.acteurEntreprise(entreprise), salarie.id());
            Attestation seconde = delivrer.delivrer(espace.acteurEntreprise(entreprise), salarie.id());

            assertFalse(premiere.code().equals(seconde.code()));
            assertEquals(2, espace.attestations.taille());
        }

        @Test
        void a_mandataire_s_attestation_certifies_only_his_contracts() {
            espace.mandat(courtier, sante);
            Salarie salarie = espace.salarie(UnSalarie.quelconque().affilieA(sante).affilieA(prevoyance));

            Attestation attestation = delivrer.delivrer(espace.acteurMandataire(courtier), salarie.id());

            assertEquals(List.of(sante.numero()),
                    attestation.lignes().stream().map(LigneAttestation::numeroContrat).toList());
        }

        @Test
        void a_salarie_outside_the_perimetre_does_not_exist_and_nothing_is_kept() {
            espace.mandat(courtier, sante);
            Salarie horsMandat = espace.salarie(UnSalarie.quelconque().affilieA(prevoyance));
            Salarie dAutrui = espace.salarie(UnSalarie.quelconque().affilieA(espace.contrat(
                    espace.entreprise("Autre SA"))));

            assertEquals("salarie.introuvable", assertThrows(IntrouvableException.class,
                    () -> delivrer.delivrer(espace.acteurMandataire(courtier), horsMandat.id())).code());
            assertEquals("salarie.introuvable", assertThrows(IntrouvableException.class,
                    () -> delivrer.delivrer(espace.acteurEntreprise(entreprise), dAutrui.id())).code());
            assertEquals("salarie.introuvable", assertThrows(IntrouvableException.class,
                    () -> delivrer.delivrer(espace.acteurEntreprise(entreprise), SalarieId.nouveau())).code());
            assertEquals(0, espace.attestations.taille());
        }

        @Test
        void without_any_affiliation_left_no_attestation_is_issued() {
            espace.mandat(courtier, sante);
            Salarie radie = espace.salarie(UnSalarie.quelconque()
                    .affilieA(sante).radieDe(sante, AUJOURDHUI.minusDays(1)).affilieA(prevoyance));

            RegleMetierException erreur = assertThrows(RegleMetierException.class,
                    () -> delivrer.delivrer(espace.acteurMandataire(courtier), radie.id()));

            assertEquals("attestation.aucune_affiliation", erreur.code());
            assertEquals(0, espace.attestations.taille());
        }
    }

    @Nested
    class Verification {

        private Salarie salarie;
        private Attestation attestation;

        private void delivree() {
            salarie = espace.salarie(UnSalarie.nomme("Çelik").prenomme("Şükrü").affilieA(sante)
                    .affilieA(prevoyance));
            attestation = delivrer.delivrer(espace.acteurEntreprise(entreprise), salarie.id());
        }

        @Test
        void a_code_issued_tells_what_the_attestation_certifies_and_that_it_still_holds() {
            delivree();

            VerifierAttestation.Verification verification = verifier.verifier(attestation.code().valeur())
                    .orElseThrow();

            assertEquals(attestation, verification.attestation());
            assertEquals(AUJOURDHUI, verification.date());
            assertEquals(2, verification.lignes().size());
            assertTrue(verification.valide());
        }

        @Test
        void a_code_typed_in_lower_case_with_spaces_around_is_found() {
            delivree();

            assertTrue(verifier.verifier("  " + attestation.code().valeur().toLowerCase() + " ").isPresent());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"00000000000000000002", "0000000000000000000I", "abc", "' OR 1=1 --"})
        void a_code_malformed_or_never_issued_finds_nothing(String code) {
            delivree();

            assertEquals(Optional.empty(), verifier.verifier(code));
        }

        @Test
        void once_an_affiliation_has_ended_the_attestation_no_longer_holds() {
            delivree();
            salarie.radier(sante.id(), AUJOURDHUI.plusDays(5));
            espace.transactions.enTransaction(() -> espace.salaries.enregistrer(salarie));

            assertTrue(verifier.verifier(attestation.code().valeur()).orElseThrow().valide());
            espace.horloge.avancer(Duration.ofDays(6));
            VerifierAttestation.Verification verification = verifier.verifier(attestation.code().valeur())
                    .orElseThrow();

            assertFalse(verification.valide());
            assertEquals(AUJOURDHUI.plusDays(6), verification.date());
            assertEquals(List.of("CT-PREV-01 true", "CT-SANTE-01 false"), verification.lignes().stream()
                    .map(etat -> etat.ligne().numeroContrat().valeur() + " " + etat.valide())
                    .toList());
        }

        @Test
        void once_the_salarie_is_removed_the_attestation_no_longer_holds() {
            delivree();
            espace.salaries.retirer(salarie.id());

            VerifierAttestation.Verification verification = verifier.verifier(attestation.code().valeur())
                    .orElseThrow();

            assertFalse(verification.valide());
            assertTrue(verification.lignes().stream().noneMatch(Attestation.EtatLigneAttestation::valide));
        }
    }
}
