package fr.espaceentreprise.application.compte;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link UtilisateurRepository}: accounts found by id whatever their statut, by numéro and e-mail when live. */
public abstract class UtilisateurRepositoryContract extends PortContract {

    private final NumeroAdherent numero = nouveauNumero();
    private Entreprise entreprise;
    private Mandataire mandataire;

    private UtilisateurRepository utilisateurs() {
        return stockage().utilisateurs();
    }

    private Entreprise entreprise() {
        if (entreprise == null) {
            entreprise = uneEntreprise();
        }
        return entreprise;
    }

    private Mandataire mandataire() {
        if (mandataire == null) {
            mandataire = UnMandataire.parDefaut().build();
            enTransaction(() -> stockage().mandataires().enregistrer(mandataire));
        }
        return mandataire;
    }

    private UnUtilisateur deLEntreprise() {
        return UnUtilisateur.entreprise(entreprise().id()).numeroAdherent(numero.valeur());
    }

    private Optional<Utilisateur> trouver(UtilisateurId id) {
        return enTransaction(() -> utilisateurs().trouver(id));
    }

    private Optional<Utilisateur> trouverParNumero(NumeroAdherent numeroAdherent) {
        return enTransaction(() -> utilisateurs().trouverParNumeroAdherent(numeroAdherent));
    }

    @Test
    void finds_saved_accounts_of_every_profil_with_every_field() {
        Utilisateur duClient = stocker(deLEntreprise().nomme("Le Goff").prenomme("Anne-Sophie")
                .email("as.legoff@durand.fr").langue(Langue.EN).build());
        Utilisateur duMandataire = stocker(UnUtilisateur.mandataire(mandataire().id())
                .numeroAdherent(nouveauNumero().valeur()).build());
        Utilisateur gestionnaire = stocker(UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero().valeur())
                .suspendu().build());

        assertMemeUtilisateur(duClient, trouver(duClient.id()).orElseThrow());
        assertMemeUtilisateur(duMandataire, trouver(duMandataire.id()).orElseThrow());
        assertMemeUtilisateur(gestionnaire, trouver(gestionnaire.id()).orElseThrow());
        assertMemeUtilisateur(duClient, trouverParNumero(numero).orElseThrow());
    }

    @Test
    void saving_again_keeps_the_new_statut_langue_and_email() {
        Utilisateur utilisateur = stocker(deLEntreprise().build());

        utilisateur.suspendre();
        utilisateur.changerLangue(Langue.EN);
        utilisateur.changerEmail(new Email("nouvelle@durand.fr"));
        stocker(utilisateur);

        Utilisateur relu = trouver(utilisateur.id()).orElseThrow();
        assertMemeUtilisateur(utilisateur, relu);
        assertEquals(StatutCompte.SUSPENDU, relu.statut());
    }

    @Test
    void finds_the_live_accounts_of_an_email_ignoring_case() {
        String email = "Partage." + numero.valeur() + "@Durand.fr";
        Utilisateur premier = stocker(deLEntreprise().email(email).build());
        Utilisateur second = stocker(UnUtilisateur.mandataire(mandataire().id())
                .numeroAdherent(nouveauNumero().valeur()).email(email.toLowerCase(Locale.ROOT)).suspendu().build());
        stocker(UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero().valeur()).email(email).supprime().build());
        stocker(UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero().valeur())
                .email("autre." + numero.valeur() + "@durand.fr").build());

        List<Utilisateur> trouves = enTransaction(() -> utilisateurs().trouverParEmail(
                new Email("PARTAGE." + numero.valeur() + "@durand.FR")));

        assertEquals(2, trouves.size(), "each live account once, in any order");
        assertEquals(Set.of(premier.id(), second.id()), trouves.stream().map(Utilisateur::id).collect(toSet()));
    }

    @Test
    void a_deleted_account_is_found_by_id_but_not_by_numero_adherent() {
        Utilisateur supprime = stocker(deLEntreprise().supprime().build());

        assertEquals(StatutCompte.SUPPRIME, trouver(supprime.id()).orElseThrow().statut());
        assertEquals(Optional.empty(), trouverParNumero(numero));
    }

    @Test
    void the_numero_adherent_of_a_deleted_account_can_be_given_to_a_new_account() {
        stocker(deLEntreprise().supprime().build());

        Utilisateur nouveau = stocker(deLEntreprise().build());

        assertEquals(nouveau.id(), trouverParNumero(numero).orElseThrow().id());
    }

    @Test
    void refuses_a_second_live_account_with_the_same_numero_adherent_and_stores_nothing_of_it() {
        stocker(deLEntreprise().suspendu().build());
        Utilisateur doublon = UnUtilisateur.mandataire(mandataire().id()).numeroAdherent(numero.valeur()).build();

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> stocker(doublon));

        assertEquals("numeroAdherent.deja_utilise", conflit.code());
        assertEquals(Optional.empty(), trouver(doublon.id()));
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_adherent() {
        stocker(UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero().valeur()).build());

        assertEquals(Optional.empty(), trouver(UtilisateurId.nouveau()));
        assertEquals(Optional.empty(), trouverParNumero(numero));
        assertEquals(List.of(), enTransaction(() -> utilisateurs().trouverParEmail(new Email("personne@durand.fr"))));
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
