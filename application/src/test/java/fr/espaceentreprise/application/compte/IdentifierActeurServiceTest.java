package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentifierActeurServiceTest {

    private static final LocalDate AUJOURDHUI = LocalDate.ofInstant(EspaceComptes.T0, ZoneOffset.UTC);

    private final EspaceComptes espace = new EspaceComptes();
    private final PortsEnMemoire ports = espace.ports();
    private final IdentifierActeur identifierActeur = espace.identifierActeur();

    private final EntrepriseId entreprise = ports.entreprises.ajouter(UneEntreprise.parDefaut().build()).id();

    private Contrat contrat(UnContrat contrat) {
        return ports.contrats.ajouter(contrat.build());
    }

    @Nested
    class Perimetres {

        @Test
        void an_entreprise_user_sees_its_company_and_all_its_contracts() {
            Contrat enCours = contrat(UnContrat.de(entreprise));
            Contrat resilie = contrat(UnContrat.de(entreprise).resilieLe(AUJOURDHUI.minusYears(1)));
            Utilisateur utilisateur = espace.compteActif(UnUtilisateur.entreprise(entreprise).langue(Langue.EN));

            Acteur acteur = identifierActeur.identifier(utilisateur.id()).orElseThrow();

            assertEquals(Profil.ENTREPRISE, acteur.profil());
            assertEquals(Langue.EN, acteur.langue());
            assertTrue(acteur.perimetre().voitEntreprise(entreprise));
            assertTrue(acteur.perimetre().voitContrat(enCours.id()));
            assertTrue(acteur.perimetre().voitContrat(resilie.id()));
            assertFalse(acteur.perimetre().voitEntreprise(EntrepriseId.nouveau()));
        }

        @Test
        void an_entreprise_whose_last_contract_ended_more_than_two_years_ago_has_no_access() {
            contrat(UnContrat.de(entreprise).effetLe(LocalDate.of(2020, 1, 1))
                    .resilieLe(AUJOURDHUI.minusYears(2).minusDays(1)));
            Utilisateur utilisateur = espace.compteActif(UnUtilisateur.entreprise(entreprise));

            assertEquals(Optional.empty(), identifierActeur.identifier(utilisateur.id()));
        }

        @Test
        void an_entreprise_whose_last_contract_ended_exactly_two_years_ago_still_has_access() {
            contrat(UnContrat.de(entreprise).effetLe(LocalDate.of(2020, 1, 1)).resilieLe(AUJOURDHUI.minusYears(2)));
            Utilisateur utilisateur = espace.compteActif(UnUtilisateur.entreprise(entreprise));

            assertTrue(identifierActeur.identifier(utilisateur.id()).isPresent());
        }

        @Test
        void an_entreprise_without_any_contract_has_no_access() {
            Utilisateur utilisateur = espace.compteActif(UnUtilisateur.entreprise(entreprise));

            assertEquals(Optional.empty(), identifierActeur.identifier(utilisateur.id()));
        }

        @Test
        void a_mandataire_sees_the_contracts_under_its_mandates_and_their_companies_only() {
            MandataireId mandataire = ports.mandataires.ajouter(UnMandataire.parDefaut().build()).id();
            Contrat sousMandat = contrat(UnContrat.de(entreprise));
            Contrat horsMandat = contrat(UnContrat.de(entreprise));
            ports.mandats.ajouter(UnMandat.de(mandataire).sur(sousMandat).build());
            Utilisateur utilisateur = espace.compteActif(UnUtilisateur.mandataire(mandataire));

            Acteur acteur = identifierActeur.identifier(utilisateur.id()).orElseThrow();

            assertEquals(Profil.MANDATAIRE, acteur.profil());
            assertTrue(acteur.perimetre().voitContrat(sousMandat.id()));
            assertFalse(acteur.perimetre().voitContrat(horsMandat.id()));
            assertTrue(acteur.perimetre().voitEntreprise(entreprise));
        }

        @Test
        void a_mandataire_without_any_mandate_has_no_access() {
            MandataireId mandataire = ports.mandataires.ajouter(UnMandataire.parDefaut().build()).id();
            Utilisateur utilisateur = espace.compteActif(UnUtilisateur.mandataire(mandataire));

            assertEquals(Optional.empty(), identifierActeur.identifier(utilisateur.id()));
        }

        @Test
        void a_gestionnaire_sees_everything() {
            Utilisateur utilisateur = espace.gestionnaire();

            Acteur acteur = identifierActeur.identifier(utilisateur.id()).orElseThrow();

            assertTrue(acteur.estGestionnaire());
            assertTrue(acteur.perimetre().voitEntreprise(EntrepriseId.nouveau()));
        }

        @Test
        void a_suspended_or_unknown_account_is_nobody() {
            contrat(UnContrat.de(entreprise));
            Utilisateur suspendu = espace.compteActif(UnUtilisateur.entreprise(entreprise).suspendu());

            assertEquals(Optional.empty(), identifierActeur.identifier(suspendu.id()));
            assertEquals(Optional.empty(), identifierActeur.identifier(UtilisateurId.nouveau()));
        }
    }

    @Nested
    class Etapes {

        private Set<EtapeObligatoire> etapes(Utilisateur utilisateur) {
            return identifierActeur.identifier(utilisateur.id()).orElseThrow().etapesEnAttente();
        }

        @Test
        void an_account_that_did_everything_owes_nothing() {
            assertEquals(Set.of(), etapes(espace.compteActif()));
        }

        @Test
        void a_new_account_owes_a_password_of_its_own_its_email_and_the_cgu() {
            Utilisateur nouveau = espace.compte(UnUtilisateur.entreprise().numeroAdherent("10000005"));

            assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE, EtapeObligatoire.CONFIRMER_EMAIL,
                    EtapeObligatoire.ACCEPTER_CGU), etapes(nouveau));
        }

        @Test
        void an_account_holding_only_a_temporary_password_owes_a_password_of_its_own() {
            Utilisateur compte = espace.compteActif();
            ports.identifiants.ajouter(Identifiants.rehydrater(compte.id(), null, null, Temporisation.AUCUNE,
                    compte.email(), null, null));
            espace.motDePasseProvisoireEnvoye(compte, "Provisoire-ABCD-2345");

            assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE), etapes(compte));
        }

        @Test
        void an_address_never_confirmed_or_confirmed_before_it_changed_must_be_confirmed() {
            Utilisateur compte = espace.compteActif();
            ports.identifiants.ajouter(Identifiants.rehydrater(compte.id(), HacheurFactice.empreinteDe(MOT_DE_PASSE),
                    null, Temporisation.AUCUNE, espace.email("ancienne@example.fr"), null, null));

            assertEquals(Set.of(EtapeObligatoire.CONFIRMER_EMAIL), etapes(compte));
        }

        @Test
        void cgu_published_since_the_last_acceptance_must_be_accepted_and_are_seen_within_seconds() {
            Utilisateur compte = espace.compteActif();
            assertEquals(Set.of(), etapes(compte));
            ports.cgu.publier(new VersionCgu("2026-02", EspaceComptes.T0.minusSeconds(1)));

            ports.horloge.avancer(Duration.ofSeconds(5));

            assertEquals(Set.of(EtapeObligatoire.ACCEPTER_CGU), etapes(compte));
        }

        @Test
        void the_cgu_accepted_are_no_longer_owed() {
            Utilisateur compte = espace.compte(UnUtilisateur.entreprise().numeroAdherent("10000006"));
            ports.cgu.ajouter(new AcceptationCgu(compte.id(), EspaceComptes.CGU.version(), EspaceComptes.T0));

            assertFalse(etapes(compte).contains(EtapeObligatoire.ACCEPTER_CGU));
        }
    }
}
