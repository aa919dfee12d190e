package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static fr.espaceentreprise.domain.demande.StatutDemande.EN_ATTENTE_DE_RETOUR;
import static fr.espaceentreprise.domain.demande.StatutDemande.EN_COURS;
import static fr.espaceentreprise.domain.demande.StatutDemande.REJETEE;
import static fr.espaceentreprise.domain.demande.StatutDemande.VALIDEE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemandeTest {

    private static final Instant T0 = Instant.parse("2024-03-04T09:15:30Z");
    private static final Instant T1 = Instant.parse("2024-03-05T14:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-07T08:30:00Z");
    private static final Instant T3 = Instant.parse("2024-03-08T16:45:00Z");

    private final UtilisateurId auteur = UtilisateurId.nouveau();
    private final UtilisateurId gestionnaire = UtilisateurId.nouveau();

    /** Each action a user or the back office can take, named after the status it leads to. */
    enum Geste {
        VALIDER(VALIDEE, TypeEvenement.VALIDATION),
        REJETER(REJETEE, TypeEvenement.REJET),
        DEMANDER_COMPLEMENT(EN_ATTENTE_DE_RETOUR, TypeEvenement.DEMANDE_DE_COMPLEMENT),
        REPONDRE(EN_COURS, TypeEvenement.REPONSE);

        final StatutDemande vers;
        final TypeEvenement evenement;

        Geste(StatutDemande vers, TypeEvenement evenement) {
            this.vers = vers;
            this.evenement = evenement;
        }

        static Geste versLeStatut(StatutDemande statut) {
            return Arrays.stream(values()).filter(geste -> geste.vers == statut).findFirst().orElseThrow();
        }

        void faire(Demande demande, UtilisateurId qui, String message, Instant instant) {
            switch (this) {
                case VALIDER -> demande.valider(qui, message, instant);
                case REJETER -> demande.rejeter(qui, message, instant);
                case DEMANDER_COMPLEMENT -> demande.demanderComplement(qui, message, instant);
                case REPONDRE -> demande.repondre(qui, message, instant);
            }
        }
    }

    static Stream<Arguments> mouvementsAutorises() {
        return StatutDemandeTest.toutesLesPaires()
                .filter(paire -> StatutDemandeTest.estAutorise(statut(paire, 0), statut(paire, 1)));
    }

    static Stream<Arguments> mouvementsInterdits() {
        return StatutDemandeTest.toutesLesPaires()
                .filter(paire -> !StatutDemandeTest.estAutorise(statut(paire, 0), statut(paire, 1)));
    }

    private static StatutDemande statut(Arguments paire, int index) {
        return (StatutDemande) paire.get()[index];
    }

    static Stream<Arguments> gestesSurUneDemandeClose() {
        return Stream.of(VALIDEE, REJETEE)
                .flatMap(statut -> Arrays.stream(Geste.values()).map(geste -> Arguments.of(statut, geste)));
    }

    private Demande demandeDans(StatutDemande statut) {
        return UneDemande.autre().par(auteur).traiteePar(gestionnaire).soumiseLe(T0).dansLeStatut(statut).build();
    }

    @Test
    void a_submitted_demande_is_in_progress_with_its_submission_as_only_event() {
        EntrepriseId entrepriseId = EntrepriseId.nouveau();
        DemandeId id = DemandeId.nouveau();
        ContenuDemande contenu = UnContenu.changementGarantie();

        Demande demande = Demande.soumettre(id, entrepriseId, auteur, contenu, T0);

        assertEquals(id, demande.id());
        assertEquals(entrepriseId, demande.entrepriseId());
        assertEquals(auteur, demande.auteur());
        assertEquals(contenu, demande.contenu());
        assertEquals(TypeDemande.CHANGEMENT_GARANTIE, demande.type());
        assertEquals(EN_COURS, demande.statut());
        assertEquals(T0, demande.soumiseLe());
        assertEquals(List.of(new EvenementDemande(T0, auteur, TypeEvenement.SOUMISSION, EN_COURS, null)),
                demande.historique());
    }

    @ParameterizedTest
    @EnumSource(TypeDemande.class)
    void a_demande_has_the_type_of_its_content(TypeDemande type) {
        Demande demande = UneDemande.deType(type).build();

        assertEquals(type, demande.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "entrepriseId", "auteur", "contenu", "instant"})
    void a_demande_cannot_be_submitted_without_each_of_its_parts(String manquant) {
        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class, () -> Demande.soumettre(
                manquant.equals("id") ? null : DemandeId.nouveau(),
                manquant.equals("entrepriseId") ? null : EntrepriseId.nouveau(),
                manquant.equals("auteur") ? null : auteur,
                manquant.equals("contenu") ? null : UnContenu.autre(),
                manquant.equals("instant") ? null : T0));

        assertEquals("champ.obligatoire", erreur.code());
        assertEquals(Optional.of(manquant), erreur.champ());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("mouvementsAutorises")
    void an_allowed_move_changes_the_status_and_records_who_when_what_and_the_message(StatutDemande de,
                                                                                      StatutDemande vers) {
        Demande demande = demandeDans(de);
        int evenementsAvant = demande.historique().size();
        UtilisateurId qui = UtilisateurId.nouveau();

        Geste.versLeStatut(vers).faire(demande, qui, "Un message pour l'autre partie.", T3);

        assertEquals(vers, demande.statut());
        List<EvenementDemande> historique = demande.historique();
        assertEquals(evenementsAvant + 1, historique.size());
        assertEquals(new EvenementDemande(T3, qui, Geste.versLeStatut(vers).evenement, vers,
                "Un message pour l'autre partie."), historique.get(historique.size() - 1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("mouvementsInterdits")
    void a_forbidden_move_is_refused_and_leaves_the_demande_untouched(StatutDemande de, StatutDemande vers) {
        Demande demande = demandeDans(de);
        List<EvenementDemande> historiqueAvant = demande.historique();

        RegleMetierException erreur = assertThrows(RegleMetierException.class,
                () -> Geste.versLeStatut(vers).faire(demande, gestionnaire, "Un message.", T3));

        assertEquals("demande.transition.interdite", erreur.code());
        assertEquals(Map.of("de", de, "vers", vers), erreur.parametres());
        assertEquals(de, demande.statut());
        assertEquals(historiqueAvant, demande.historique());
    }

    @Test
    void there_are_twelve_forbidden_moves() {
        assertEquals(12, mouvementsInterdits().count());
    }

    @ParameterizedTest(name = "{1} on a {0} demande")
    @MethodSource("gestesSurUneDemandeClose")
    void a_closed_demande_refuses_every_action(StatutDemande statut, Geste geste) {
        Demande demande = demandeDans(statut);
        List<EvenementDemande> historiqueAvant = demande.historique();

        RegleMetierException erreur = assertThrows(RegleMetierException.class,
                () -> geste.faire(demande, gestionnaire, "Encore un mot.", T3));

        assertEquals("demande.transition.interdite", erreur.code());
        assertEquals(statut, demande.statut());
        assertEquals(historiqueAvant, demande.historique());
    }

    @Test
    void the_history_tells_the_whole_story_of_a_demande_in_order() {
        UtilisateurId collegue = UtilisateurId.nouveau();
        UtilisateurId autreGestionnaire = UtilisateurId.nouveau();
        Demande demande = Demande.soumettre(DemandeId.nouveau(), EntrepriseId.nouveau(), auteur,
                UnContenu.majModalitesPaiement(), T0);

        demande.demanderComplement(gestionnaire, "Merci de joindre le RIB signé.", T1);
        demande.repondre(collegue, "Le voici, signé.", T2);
        demande.valider(autreGestionnaire, "Nouvelles modalités appliquées.", T3);

        assertEquals(List.of(
                new EvenementDemande(T0, auteur, TypeEvenement.SOUMISSION, EN_COURS, null),
                new EvenementDemande(T1, gestionnaire, TypeEvenement.DEMANDE_DE_COMPLEMENT, EN_ATTENTE_DE_RETOUR,
                        "Merci de joindre le RIB signé."),
                new EvenementDemande(T2, collegue, TypeEvenement.REPONSE, EN_COURS, "Le voici, signé."),
                new EvenementDemande(T3, autreGestionnaire, TypeEvenement.VALIDATION, VALIDEE,
                        "Nouvelles modalités appliquées.")), demande.historique());
        assertEquals(T0, demande.soumiseLe());
        assertEquals(auteur, demande.auteur());
    }

    @Test
    void a_rejection_records_its_motif_as_the_message() {
        Demande demande = demandeDans(EN_COURS);

        demande.rejeter(gestionnaire, "  Le contrat est résilié depuis 2022.  ", T1);

        assertEquals(REJETEE, demande.statut());
        assertEquals(new EvenementDemande(T1, gestionnaire, TypeEvenement.REJET, REJETEE,
                "Le contrat est résilié depuis 2022."), demande.historique().get(1));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void a_rejection_needs_a_motif(String motif) {
        Demande demande = demandeDans(EN_COURS);

        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class,
                () -> demande.rejeter(gestionnaire, motif, T1));

        assertEquals("demande.motif.obligatoire", erreur.code());
        assertEquals(Optional.of("motif"), erreur.champ());
        assertEquals(EN_COURS, demande.statut());
        assertEquals(1, demande.historique().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void asking_for_more_needs_a_message(String message) {
        Demande demande = demandeDans(EN_COURS);

        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class,
                () -> demande.demanderComplement(gestionnaire, message, T1));

        assertEquals("champ.obligatoire", erreur.code());
        assertEquals(Optional.of("message"), erreur.champ());
        assertEquals(EN_COURS, demande.statut());
        assertEquals(1, demande.historique().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_reply_needs_a_message(String message) {
        Demande demande = demandeDans(EN_ATTENTE_DE_RETOUR);

        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class,
                () -> demande.repondre(auteur, message, T2));

        assertEquals("champ.obligatoire", erreur.code());
        assertEquals(Optional.of("message"), erreur.champ());
        assertEquals(EN_ATTENTE_DE_RETOUR, demande.statut());
        assertEquals(2, demande.historique().size());
    }

    @Test
    void a_reply_puts_the_demande_back_in_progress() {
        Demande demande = demandeDans(EN_ATTENTE_DE_RETOUR);

        demande.repondre(auteur, "Justificatif envoyé par courrier.", T2);

        assertEquals(EN_COURS, demande.statut());
        assertEquals(new EvenementDemande(T2, auteur, TypeEvenement.REPONSE, EN_COURS,
                "Justificatif envoyé par courrier."), demande.historique().get(2));
    }

    @Test
    void a_demande_may_go_back_and_forth_until_it_is_decided() {
        Demande demande = demandeDans(EN_COURS);

        demande.demanderComplement(gestionnaire, "Quelle date d'effet ?", T1);
        demande.repondre(auteur, "Le 1er avril.", T1.plusSeconds(60));
        demande.demanderComplement(gestionnaire, "Quel contrat ?", T2);
        demande.repondre(auteur, "Le contrat santé.", T2.plusSeconds(60));
        demande.rejeter(gestionnaire, "Garantie non proposée.", T3);

        assertEquals(REJETEE, demande.statut());
        assertEquals(List.of(TypeEvenement.SOUMISSION, TypeEvenement.DEMANDE_DE_COMPLEMENT, TypeEvenement.REPONSE,
                        TypeEvenement.DEMANDE_DE_COMPLEMENT, TypeEvenement.REPONSE, TypeEvenement.REJET),
                demande.historique().stream().map(EvenementDemande::type).toList());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void a_validation_needs_no_message(String message) {
        Demande demande = demandeDans(EN_COURS);

        demande.valider(gestionnaire, message, T1);

        assertEquals(VALIDEE, demande.statut());
        assertNull(demande.historique().get(1).message());
    }

    @ParameterizedTest
    @EnumSource(value = Geste.class)
    void a_message_may_hold_up_to_4000_characters(Geste geste) {
        Demande demande = demandeDans(geste == Geste.REPONDRE ? EN_ATTENTE_DE_RETOUR : EN_COURS);
        String message = "é".repeat(4000);

        geste.faire(demande, gestionnaire, message, T3);

        assertEquals(message, demande.historique().get(demande.historique().size() - 1).message());
    }

    @ParameterizedTest
    @EnumSource(value = Geste.class)
    void a_message_longer_than_4000_characters_is_refused(Geste geste) {
        Demande demande = demandeDans(geste == Geste.REPONDRE ? EN_ATTENTE_DE_RETOUR : EN_COURS);
        StatutDemande avant = demande.statut();

        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class,
                () -> geste.faire(demande, gestionnaire, "x".repeat(4001), T3));

        assertEquals("champ.trop_long", erreur.code());
        assertEquals(Optional.of(geste == Geste.REJETER ? "motif" : "message"), erreur.champ());
        assertEquals(Map.of("max", 4000), erreur.parametres());
        assertEquals(avant, demande.statut());
    }

    @ParameterizedTest
    @EnumSource(value = Geste.class)
    void an_action_needs_its_author_and_its_instant(Geste geste) {
        Demande demande = demandeDans(geste == Geste.REPONDRE ? EN_ATTENTE_DE_RETOUR : EN_COURS);
        int evenementsAvant = demande.historique().size();

        DomaineException sansAuteur = assertThrows(ValeurInvalideException.class,
                () -> geste.faire(demande, null, "Un message.", T3));
        DomaineException sansInstant = assertThrows(ValeurInvalideException.class,
                () -> geste.faire(demande, gestionnaire, "Un message.", null));

        assertEquals(Optional.of("auteur"), sansAuteur.champ());
        assertEquals(Optional.of("instant"), sansInstant.champ());
        assertEquals(evenementsAvant, demande.historique().size());
    }

    @Test
    void a_rehydrated_demande_keeps_its_status_and_history_and_goes_on_from_there() {
        DemandeId id = DemandeId.nouveau();
        EntrepriseId entrepriseId = EntrepriseId.nouveau();
        ContenuDemande contenu = UnContenu.radiationSalarie();
        List<EvenementDemande> historique = new ArrayList<>(List.of(
                new EvenementDemande(T0, auteur, TypeEvenement.SOUMISSION, EN_COURS, null),
                new EvenementDemande(T1, gestionnaire, TypeEvenement.DEMANDE_DE_COMPLEMENT, EN_ATTENTE_DE_RETOUR,
                        "Date de fin ?")));

        Demande demande = Demande.rehydrater(id, entrepriseId, auteur, contenu, EN_ATTENTE_DE_RETOUR, historique);
        historique.clear();

        assertEquals(id, demande.id());
        assertEquals(entrepriseId, demande.entrepriseId());
        assertEquals(contenu, demande.contenu());
        assertEquals(TypeDemande.RADIATION_SALARIE, demande.type());
        assertEquals(EN_ATTENTE_DE_RETOUR, demande.statut());
        assertEquals(T0, demande.soumiseLe());
        assertEquals(2, demande.historique().size());
        demande.repondre(auteur, "Le 30 juin.", T2);
        assertEquals(EN_COURS, demande.statut());
    }

    @Test
    void the_history_cannot_be_changed_from_outside() {
        Demande demande = demandeDans(EN_COURS);

        assertThrows(UnsupportedOperationException.class, () -> demande.historique().clear());
        assertEquals(1, demande.historique().size());
    }

    @Test
    void a_demande_keeps_its_content_out_of_its_description() {
        Demande demande = UneDemande.affiliationSalarie().build();

        assertFalse(demande.toString().contains("Durand"));
    }

    @Test
    void the_builder_reaches_each_status_by_the_moves_that_lead_to_it() {
        EntrepriseId entrepriseId = EntrepriseId.nouveau();

        Demande demande = UneDemande.autre().pour(entrepriseId).par(auteur).soumiseLe(T0).enAttenteDeRetour().build();

        assertEquals(entrepriseId, demande.entrepriseId());
        assertEquals(EN_ATTENTE_DE_RETOUR, demande.statut());
        assertEquals(List.of(TypeEvenement.SOUMISSION, TypeEvenement.DEMANDE_DE_COMPLEMENT),
                demande.historique().stream().map(EvenementDemande::type).toList());
    }
}
