package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.mandataire.MandatRepository;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifierActeurServiceTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 27);

    private final UtilisateurRepository utilisateurs = mock(UtilisateurRepository.class);
    private final ContratRepository contrats = mock(ContratRepository.class);
    private final MandatRepository mandats = mock(MandatRepository.class);
    private final IdentifierActeur identifierActeur = new IdentifierActeurService(utilisateurs, contrats, mandats,
            Clock.fixed(AUJOURDHUI.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC")));

    private final EntrepriseId entreprise = EntrepriseId.nouveau();

    @Test
    void an_entreprise_user_sees_its_company_and_all_its_contracts() {
        Contrat enCours = UnContrat.de(entreprise).build();
        Contrat resilie = UnContrat.de(entreprise).resilieLe(AUJOURDHUI.minusYears(1)).build();
        Utilisateur utilisateur = connu(UnUtilisateur.entreprise(entreprise).langue(Langue.EN).build());
        when(contrats.trouverParEntreprise(entreprise)).thenReturn(List.of(enCours, resilie));

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
        Utilisateur utilisateur = connu(UnUtilisateur.entreprise(entreprise).build());
        when(contrats.trouverParEntreprise(entreprise)).thenReturn(List.of(
                UnContrat.de(entreprise).effetLe(LocalDate.of(2020, 1, 1)).resilieLe(AUJOURDHUI.minusYears(2).minusDays(1)).build()));

        assertEquals(Optional.empty(), identifierActeur.identifier(utilisateur.id()));
    }

    @Test
    void an_entreprise_whose_last_contract_ended_exactly_two_years_ago_still_has_access() {
        Utilisateur utilisateur = connu(UnUtilisateur.entreprise(entreprise).build());
        when(contrats.trouverParEntreprise(entreprise)).thenReturn(List.of(
                UnContrat.de(entreprise).effetLe(LocalDate.of(2020, 1, 1)).resilieLe(AUJOURDHUI.minusYears(2)).build()));

        assertTrue(identifierActeur.identifier(utilisateur.id()).isPresent());
    }

    @Test
    void a_mandataire_sees_the_contracts_under_its_mandates_and_their_companies_only() {
        MandataireId mandataire = MandataireId.nouveau();
        Contrat sousMandat = UnContrat.de(entreprise).build();
        Contrat horsMandat = UnContrat.de(entreprise).build();
        Mandat mandat = UnMandat.de(mandataire).sur(sousMandat).build();
        Utilisateur utilisateur = connu(UnUtilisateur.mandataire(mandataire).build());
        when(mandats.trouverParMandataire(mandataire)).thenReturn(List.of(mandat));
        when(contrats.trouverTous(any())).thenReturn(Map.of(sousMandat.id(), sousMandat));

        Acteur acteur = identifierActeur.identifier(utilisateur.id()).orElseThrow();

        assertEquals(Profil.MANDATAIRE, acteur.profil());
        assertTrue(acteur.perimetre().voitContrat(sousMandat.id()));
        assertFalse(acteur.perimetre().voitContrat(horsMandat.id()));
        assertTrue(acteur.perimetre().voitEntreprise(entreprise));
    }

    @Test
    void a_mandataire_without_any_mandate_has_no_access() {
        MandataireId mandataire = MandataireId.nouveau();
        Utilisateur utilisateur = connu(UnUtilisateur.mandataire(mandataire).build());
        when(mandats.trouverParMandataire(mandataire)).thenReturn(List.of());
        when(contrats.trouverTous(any())).thenReturn(Map.of());

        assertEquals(Optional.empty(), identifierActeur.identifier(utilisateur.id()));
    }

    @Test
    void a_gestionnaire_sees_everything() {
        Utilisateur utilisateur = connu(UnUtilisateur.gestionnaire().build());

        Acteur acteur = identifierActeur.identifier(utilisateur.id()).orElseThrow();

        assertTrue(acteur.estGestionnaire());
        assertTrue(acteur.perimetre().voitEntreprise(EntrepriseId.nouveau()));
    }

    @Test
    void a_suspended_or_unknown_account_is_nobody() {
        Utilisateur suspendu = connu(UnUtilisateur.entreprise(entreprise).suspendu().build());
        when(contrats.trouverParEntreprise(entreprise)).thenReturn(List.of(UnContrat.de(entreprise).build()));

        assertEquals(Optional.empty(), identifierActeur.identifier(suspendu.id()));
        assertEquals(Optional.empty(), identifierActeur.identifier(UtilisateurId.nouveau()));
    }

    private Utilisateur connu(Utilisateur utilisateur) {
        when(utilisateurs.trouver(utilisateur.id())).thenReturn(Optional.of(utilisateur));
        return utilisateur;
    }
}
