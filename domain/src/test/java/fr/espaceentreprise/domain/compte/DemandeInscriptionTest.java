package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Siret;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandeInscriptionTest {

    private static final UtilisateurId GESTIONNAIRE = UtilisateurId.nouveau();
    private static final Instant DECISION = Instant.parse("2026-03-03T10:00:00Z");
    private static final ControlesInscription TOUT_BON = new ControlesInscription(true, true, true, true, false);

    private static DemandeInscription recevoir(Profil profil, String raisonSociale, Siret siret) {
        return DemandeInscription.recevoir(DemandeInscriptionId.nouveau(), profil, raisonSociale, siret,
                new Email("camille@example.fr"), new NumeroAdherent("10000001"), "  Durand ", "Camille",
                LocalDate.of(1984, 6, 15), Langue.EN, UneDemandeInscription.RECUE_LE);
    }

    @Test
    void an_entreprise_request_keeps_everything_typed_and_waits() {
        DemandeInscription demande = recevoir(Profil.ENTREPRISE, " Expat Conseil SAS ", new Siret("73282932000074"));

        assertEquals(StatutInscription.EN_ATTENTE, demande.statut());
        assertEquals(Optional.of("Expat Conseil SAS"), demande.raisonSociale());
        assertEquals(Optional.of(new Siret("73282932000074")), demande.siret());
        assertEquals("Durand", demande.nom());
        assertEquals(Langue.EN, demande.langue());
        assertEquals(UneDemandeInscription.RECUE_LE, demande.recueLe());
        assertEquals(Optional.empty(), demande.decision());
    }

    @Test
    void an_entreprise_request_needs_its_raison_sociale_and_siret() {
        assertValeurInvalide("champ.obligatoire", "raisonSociale",
                () -> recevoir(Profil.ENTREPRISE, " ", new Siret("73282932000074")));
        assertValeurInvalide("champ.obligatoire", "siret", () -> recevoir(Profil.ENTREPRISE, "Expat", null));
    }

    @Test
    void a_mandataire_request_ignores_the_fields_it_is_not_asked() {
        DemandeInscription demande = recevoir(Profil.MANDATAIRE, "Reste du formulaire", new Siret("73282932000074"));

        assertEquals(Profil.MANDATAIRE, demande.profil());
        assertEquals(Optional.empty(), demande.raisonSociale());
        assertEquals(Optional.empty(), demande.siret());
    }

    @Test
    void a_gestionnaire_account_cannot_be_requested_online() {
        assertValeurInvalide("inscription.profil.invalide", "profil", () -> recevoir(Profil.GESTIONNAIRE, null, null));
        assertValeurInvalide("champ.obligatoire", "profil", () -> recevoir(null, null, null));
    }

    @Test
    void names_are_required_and_bounded() {
        assertValeurInvalide("champ.obligatoire", "nom",
                () -> UneDemandeInscription.mandataire().nomme("Camille", "").build());
        assertValeurInvalide("champ.trop_long", "prenom",
                () -> UneDemandeInscription.mandataire().nomme("C".repeat(81), "Durand").build());
    }

    @ParameterizedTest(name = "born {0}: accepted {1}")
    @CsvSource({
            "2010-03-02, true", // 16 today
            "2010-03-03, false", // 16 tomorrow
            "1906-03-03, true", // 119, 120 tomorrow
            "1906-03-02, true", // 120 today
            "1905-03-01, false", // 121
            "2026-03-03, false", // in the future
            "1026-03-02, false"}) // a typo
    void the_birth_date_must_be_plausible(LocalDate dateNaissance, boolean acceptee) {
        UneDemandeInscription demande = UneDemandeInscription.mandataire().neLe(dateNaissance)
                .recueLe(Instant.parse("2026-03-02T12:00:00Z"));
        if (acceptee) {
            assertEquals(dateNaissance, demande.build().dateNaissance());
        } else {
            assertValeurInvalide("inscription.dateNaissance.invalide", "dateNaissance", demande::build);
        }
    }

    @Test
    void a_pending_request_whose_checks_all_pass_is_validated_with_who_and_when() {
        DemandeInscription demande = UneDemandeInscription.entreprise().build();

        demande.valider(GESTIONNAIRE, TOUT_BON, DECISION);

        assertEquals(StatutInscription.VALIDEE, demande.statut());
        assertEquals(Optional.of(new DecisionInscription(GESTIONNAIRE, DECISION, Optional.empty())), demande.decision());
    }

    @Test
    void a_request_with_a_failed_check_cannot_be_validated_and_says_which() {
        DemandeInscription demande = UneDemandeInscription.entreprise().build();
        ControlesInscription siretFaux = new ControlesInscription(true, true, false, true, true);

        RegleMetierException erreur = assertRegleMetier("inscription.controles_non_satisfaits",
                () -> demande.valider(GESTIONNAIRE, siretFaux, DECISION));

        assertEquals(Map.of("echecs", List.of("inscription.siret.different")), erreur.parametres());
        assertEquals(StatutInscription.EN_ATTENTE, demande.statut());
    }

    @Test
    void a_request_is_rejected_with_its_motif() {
        DemandeInscription demande = UneDemandeInscription.mandataire().build();

        demande.rejeter(GESTIONNAIRE, "  Numéro inconnu  ", DECISION);

        assertEquals(StatutInscription.REJETEE, demande.statut());
        assertEquals(Optional.of(new DecisionInscription(GESTIONNAIRE, DECISION, Optional.of("Numéro inconnu"))),
                demande.decision());
    }

    @Test
    void a_rejection_needs_a_motif() {
        DemandeInscription demande = UneDemandeInscription.mandataire().build();

        assertValeurInvalide("inscription.motif.obligatoire", "motif", () -> demande.rejeter(GESTIONNAIRE, " ", DECISION));
        assertValeurInvalide("inscription.motif.obligatoire", "motif", () -> demande.rejeter(GESTIONNAIRE, null, DECISION));
        assertValeurInvalide("champ.trop_long", "motif",
                () -> demande.rejeter(GESTIONNAIRE, "x".repeat(2001), DECISION));
        assertEquals(StatutInscription.EN_ATTENTE, demande.statut());
    }

    @Test
    void a_decided_request_cannot_be_decided_again() {
        DemandeInscription validee = UneDemandeInscription.entreprise().build();
        validee.valider(GESTIONNAIRE, TOUT_BON, DECISION);
        DemandeInscription rejetee = UneDemandeInscription.entreprise().build();
        rejetee.rejeter(GESTIONNAIRE, "doublon", DECISION);

        RegleMetierException erreur = assertRegleMetier("inscription.deja_traitee",
                () -> validee.rejeter(GESTIONNAIRE, "trop tard", DECISION));
        assertEquals(Map.of("statut", StatutInscription.VALIDEE), erreur.parametres());
        assertRegleMetier("inscription.deja_traitee", () -> validee.valider(GESTIONNAIRE, TOUT_BON, DECISION));
        assertRegleMetier("inscription.deja_traitee", () -> rejetee.valider(GESTIONNAIRE, TOUT_BON, DECISION));
        assertEquals(StatutInscription.REJETEE, rejetee.statut());
    }

    @Test
    void rehydration_restores_every_field() {
        DemandeInscription recue = UneDemandeInscription.entreprise().build();
        DecisionInscription decision = new DecisionInscription(GESTIONNAIRE, DECISION, Optional.of("motif"));

        DemandeInscription relue = DemandeInscription.rehydrater(recue.id(), recue.profil(),
                recue.raisonSociale().orElse(null), recue.siret().orElse(null), recue.email(), recue.numeroAdherent(),
                recue.nom(), recue.prenom(), recue.dateNaissance(), recue.langue(), recue.recueLe(),
                StatutInscription.REJETEE, decision);

        assertEquals(recue.id(), relue.id());
        assertEquals(recue.siret(), relue.siret());
        assertEquals(recue.email(), relue.email());
        assertEquals(recue.dateNaissance(), relue.dateNaissance());
        assertEquals(StatutInscription.REJETEE, relue.statut());
        assertEquals(Optional.of(decision), relue.decision());
        assertTrue(relue.toString().contains(recue.id().toString()));
    }
}
