package fr.espaceentreprise.adapters.persistence.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandataireRepository;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqUtilisateurRepositoryTest {

    /** One schema for the class: each test makes its own rows, with natural keys of their own. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private static final AtomicInteger NUMEROS = new AtomicInteger(30_000_000);

    /** A numéro d'adhérent no other test of the class uses. */
    private final String numero = nouveauNumero();
    private final JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
    private final Entreprise entreprise = UneEntreprise.parDefaut().build();
    private final Mandataire mandataire = UnMandataire.parDefaut().build();

    JooqUtilisateurRepositoryTest() {
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        new JooqMandataireRepository(dsl).enregistrer(mandataire);
    }

    @Test
    void finds_saved_accounts_of_every_profil_with_every_field() {
        Utilisateur deLEntreprise = UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero)
                .nomme("Le Goff").prenomme("Anne-Sophie").email("as.legoff@durand.fr").langue(Langue.EN).build();
        Utilisateur duMandataire = UnUtilisateur.mandataire(mandataire.id()).numeroAdherent(nouveauNumero()).build();
        Utilisateur gestionnaire = UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero()).suspendu().build();

        utilisateurs.enregistrer(deLEntreprise);
        utilisateurs.enregistrer(duMandataire);
        utilisateurs.enregistrer(gestionnaire);

        assertMemeUtilisateur(deLEntreprise, utilisateurs.trouver(deLEntreprise.id()).orElseThrow());
        assertMemeUtilisateur(duMandataire, utilisateurs.trouver(duMandataire.id()).orElseThrow());
        assertMemeUtilisateur(gestionnaire, utilisateurs.trouver(gestionnaire.id()).orElseThrow());
        assertMemeUtilisateur(deLEntreprise, utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)).orElseThrow());
    }

    @Test
    void saving_again_keeps_the_new_statut_langue_and_email() {
        Utilisateur utilisateur = UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero).build();
        utilisateurs.enregistrer(utilisateur);

        utilisateur.suspendre();
        utilisateur.changerLangue(Langue.EN);
        utilisateur.changerEmail(new Email("nouvelle@durand.fr"));
        utilisateurs.enregistrer(utilisateur);

        Utilisateur relu = utilisateurs.trouver(utilisateur.id()).orElseThrow();
        assertMemeUtilisateur(utilisateur, relu);
        assertEquals(StatutCompte.SUSPENDU, relu.statut());
    }

    @Test
    void finds_the_live_accounts_of_an_email_ignoring_case() {
        String email = "Partage." + numero + "@Durand.fr";
        Utilisateur premier = UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero).email(email).build();
        Utilisateur second = UnUtilisateur.mandataire(mandataire.id()).numeroAdherent(nouveauNumero())
                .email(email.toLowerCase(java.util.Locale.ROOT)).suspendu().build();
        Utilisateur supprime = UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero()).email(email).supprime()
                .build();
        Utilisateur autre = UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero())
                .email("autre." + numero + "@durand.fr").build();
        utilisateurs.enregistrer(premier);
        utilisateurs.enregistrer(second);
        utilisateurs.enregistrer(supprime);
        utilisateurs.enregistrer(autre);

        assertEquals(java.util.List.of(premier.id(), second.id()),
                utilisateurs.trouverParEmail(new Email("PARTAGE." + numero + "@durand.FR")).stream()
                        .map(Utilisateur::id).toList());
    }

    @Test
    void a_deleted_account_is_found_by_id_but_not_by_numero_adherent() {
        Utilisateur supprime = UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero).supprime().build();
        utilisateurs.enregistrer(supprime);

        assertEquals(StatutCompte.SUPPRIME, utilisateurs.trouver(supprime.id()).orElseThrow().statut());
        assertEquals(Optional.empty(), utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)));
    }

    @Test
    void the_numero_adherent_of_a_deleted_account_can_be_given_to_a_new_account() {
        utilisateurs.enregistrer(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero).supprime().build());
        Utilisateur nouveau = UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero).build();

        utilisateurs.enregistrer(nouveau);

        assertEquals(nouveau.id(), utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)).orElseThrow().id());
    }

    @Test
    void refuses_a_second_live_account_with_the_same_numero_adherent() {
        utilisateurs.enregistrer(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero).suspendu().build());
        Utilisateur doublon = UnUtilisateur.mandataire(mandataire.id()).numeroAdherent(numero).build();

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> utilisateurs.enregistrer(doublon));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
        assertEquals(Optional.empty(), utilisateurs.trouver(doublon.id()));
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_adherent() {
        utilisateurs.enregistrer(UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero()).build());

        assertEquals(Optional.empty(), utilisateurs.trouver(UtilisateurId.nouveau()));
        assertEquals(Optional.empty(), utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)));
    }

    private static String nouveauNumero() {
        return Integer.toString(NUMEROS.incrementAndGet());
    }

    private static void assertMemeUtilisateur(Utilisateur attendu, Utilisateur lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.numeroAdherent(), lu.numeroAdherent());
        assertEquals(attendu.profil(), lu.profil());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.mandataireId(), lu.mandataireId());
        assertEquals(attendu.nom(), lu.nom());
        assertEquals(attendu.prenom(), lu.prenom());
        assertEquals(attendu.email(), lu.email());
        assertEquals(attendu.langue(), lu.langue());
        assertEquals(attendu.statut(), lu.statut());
    }
}
