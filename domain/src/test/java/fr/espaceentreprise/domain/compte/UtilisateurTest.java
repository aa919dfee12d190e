package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtilisateurTest {

    private static final EntrepriseId ENTREPRISE = EntrepriseId.nouveau();
    private static final MandataireId MANDATAIRE = MandataireId.nouveau();

    private static Utilisateur creer(Profil profil, EntrepriseId entrepriseId, MandataireId mandataireId) {
        return Utilisateur.creer(UtilisateurId.nouveau(), new NumeroAdherent("12345678"), profil, entrepriseId,
                mandataireId, "Durand", "Camille", new Email("camille.durand@example.fr"), Langue.FR);
    }

    /** Every combination of profil and rattachement, with whether it is coherent. */
    static Stream<Arguments> rattachements() {
        return Stream.of(
                Arguments.of(Profil.ENTREPRISE, ENTREPRISE, null, true),
                Arguments.of(Profil.ENTREPRISE, null, null, false),
                Arguments.of(Profil.ENTREPRISE, null, MANDATAIRE, false),
                Arguments.of(Profil.ENTREPRISE, ENTREPRISE, MANDATAIRE, false),
                Arguments.of(Profil.MANDATAIRE, null, MANDATAIRE, true),
                Arguments.of(Profil.MANDATAIRE, null, null, false),
                Arguments.of(Profil.MANDATAIRE, ENTREPRISE, null, false),
                Arguments.of(Profil.MANDATAIRE, ENTREPRISE, MANDATAIRE, false),
                Arguments.of(Profil.GESTIONNAIRE, null, null, true),
                Arguments.of(Profil.GESTIONNAIRE, ENTREPRISE, null, false),
                Arguments.of(Profil.GESTIONNAIRE, null, MANDATAIRE, false),
                Arguments.of(Profil.GESTIONNAIRE, ENTREPRISE, MANDATAIRE, false));
    }

    @ParameterizedTest(name = "{0} entreprise={1} mandataire={2} → coherent: {3}")
    @MethodSource("rattachements")
    void an_account_is_attached_to_what_its_profil_requires_and_nothing_else(
            Profil profil, EntrepriseId entrepriseId, MandataireId mandataireId, boolean coherent) {
        if (coherent) {
            Utilisateur utilisateur = creer(profil, entrepriseId, mandataireId);
            assertEquals(profil, utilisateur.profil());
            assertEquals(Optional.ofNullable(entrepriseId), utilisateur.entrepriseId());
            assertEquals(Optional.ofNullable(mandataireId), utilisateur.mandataireId());
        } else {
            ValeurInvalideException e = assertThrows(ValeurInvalideException.class,
                    () -> creer(profil, entrepriseId, mandataireId));
            assertEquals("utilisateur.rattachement.invalide", e.code());
        }
    }

    @Test
    void a_new_account_is_active_and_may_log_in() {
        UtilisateurId id = UtilisateurId.nouveau();

        Utilisateur utilisateur = Utilisateur.creer(id, new NumeroAdherent("87654321"), Profil.ENTREPRISE, ENTREPRISE,
                null, " Wróbel ", "Łukasz", new Email("l.wrobel@example.pl"), Langue.EN);

        assertEquals(id, utilisateur.id());
        assertEquals(new NumeroAdherent("87654321"), utilisateur.numeroAdherent());
        assertEquals("Wróbel", utilisateur.nom());
        assertEquals("Łukasz", utilisateur.prenom());
        assertEquals(new Email("l.wrobel@example.pl"), utilisateur.email());
        assertEquals(Langue.EN, utilisateur.langue());
        assertEquals(StatutCompte.ACTIF, utilisateur.statut());
        assertTrue(utilisateur.peutSeConnecter());
    }

    @Test
    void requires_a_numero_adherent_a_name_and_an_email() {
        ValeurInvalideException sansNumero = assertThrows(ValeurInvalideException.class,
                () -> Utilisateur.creer(UtilisateurId.nouveau(), null, Profil.GESTIONNAIRE, null, null,
                        "Durand", "Camille", new Email("c@example.fr"), Langue.FR));
        ValeurInvalideException sansNom = assertThrows(ValeurInvalideException.class,
                () -> Utilisateur.creer(UtilisateurId.nouveau(), new NumeroAdherent("12345678"),
                        Profil.GESTIONNAIRE, null, null, " ", "Camille", new Email("c@example.fr"), Langue.FR));
        ValeurInvalideException sansEmail = assertThrows(ValeurInvalideException.class,
                () -> Utilisateur.creer(UtilisateurId.nouveau(), new NumeroAdherent("12345678"),
                        Profil.GESTIONNAIRE, null, null, "Durand", "Camille", null, Langue.FR));

        assertEquals(Optional.of("numeroAdherent"), sansNumero.champ());
        assertEquals(Optional.of("nom"), sansNom.champ());
        assertEquals(Optional.of("email"), sansEmail.champ());
    }

    @Test
    void a_suspended_account_may_not_log_in() {
        Utilisateur utilisateur = UnUtilisateur.entreprise().build();

        utilisateur.suspendre();

        assertEquals(StatutCompte.SUSPENDU, utilisateur.statut());
        assertFalse(utilisateur.peutSeConnecter());
    }

    @Test
    void a_reactivated_account_may_log_in_again() {
        Utilisateur utilisateur = UnUtilisateur.mandataire().suspendu().build();

        utilisateur.reactiver();

        assertEquals(StatutCompte.ACTIF, utilisateur.statut());
        assertTrue(utilisateur.peutSeConnecter());
    }

    @Test
    void suspending_twice_or_reactivating_an_active_account_is_refused_and_changes_nothing() {
        Utilisateur suspendu = UnUtilisateur.gestionnaire().suspendu().build();
        Utilisateur actif = UnUtilisateur.gestionnaire().build();

        RegleMetierException deuxFois = assertThrows(RegleMetierException.class, suspendu::suspendre);
        RegleMetierException dejaActif = assertThrows(RegleMetierException.class, actif::reactiver);

        assertEquals("compte.deja_suspendu", deuxFois.code());
        assertEquals("compte.non_suspendu", dejaActif.code());
        assertEquals(StatutCompte.SUSPENDU, suspendu.statut());
        assertEquals(StatutCompte.ACTIF, actif.statut());
    }

    @Test
    void deleting_an_account_forgets_the_names_and_the_email_but_keeps_the_numero_and_the_rattachement() {
        Utilisateur utilisateur = UnUtilisateur.entreprise().email("camille@example.fr").build();
        NumeroAdherent numero = utilisateur.numeroAdherent();

        utilisateur.supprimer();

        assertEquals(StatutCompte.SUPPRIME, utilisateur.statut());
        assertEquals(Utilisateur.ANONYME, utilisateur.nom());
        assertEquals(Utilisateur.ANONYME, utilisateur.prenom());
        assertEquals("anonyme-" + utilisateur.id() + "@supprime.invalid", utilisateur.email().valeur());
        assertEquals(numero, utilisateur.numeroAdherent());
        assertTrue(utilisateur.entrepriseId().isPresent());
        assertFalse(utilisateur.peutSeConnecter());
    }

    @Test
    void a_suspended_account_can_be_deleted_but_a_deleted_one_not_twice() {
        Utilisateur suspendu = UnUtilisateur.mandataire().suspendu().build();

        suspendu.supprimer();
        RegleMetierException deuxFois = assertThrows(RegleMetierException.class, suspendu::supprimer);

        assertEquals(StatutCompte.SUPPRIME, suspendu.statut());
        assertEquals("utilisateur.supprime", deuxFois.code());
    }

    @Test
    void a_deleted_account_can_be_neither_suspended_nor_reactivated_and_may_not_log_in() {
        Utilisateur supprime = UnUtilisateur.entreprise().supprime().build();

        RegleMetierException reactivation = assertThrows(RegleMetierException.class, supprime::reactiver);
        RegleMetierException suspension = assertThrows(RegleMetierException.class, supprime::suspendre);

        assertEquals("utilisateur.supprime", reactivation.code());
        assertEquals("utilisateur.supprime", suspension.code());
        assertEquals(StatutCompte.SUPPRIME, supprime.statut());
        assertFalse(supprime.peutSeConnecter());
    }

    @Test
    void changes_language_and_email() {
        Utilisateur utilisateur = UnUtilisateur.entreprise().langue(Langue.FR).build();

        utilisateur.changerLangue(Langue.EN);
        utilisateur.changerEmail(new Email("nouvelle@example.fr"));

        assertEquals(Langue.EN, utilisateur.langue());
        assertEquals(new Email("nouvelle@example.fr"), utilisateur.email());
    }

    @Test
    void refuses_to_remove_the_language_or_the_email() {
        Utilisateur utilisateur = UnUtilisateur.entreprise().email("avant@example.fr").build();

        assertThrows(ValeurInvalideException.class, () -> utilisateur.changerEmail(null));
        assertThrows(ValeurInvalideException.class, () -> utilisateur.changerLangue(null));

        assertEquals(new Email("avant@example.fr"), utilisateur.email());
        assertEquals(Langue.FR, utilisateur.langue());
    }
}
