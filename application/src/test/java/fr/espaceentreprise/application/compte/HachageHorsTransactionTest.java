package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.Ports;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.compte.SeConnecter.Resultat;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Argon2 works tens of milliseconds: a login hashes and verifies passwords between its transactions, so that a
 * burst of logins holds no database connection meanwhile.
 */
class HachageHorsTransactionTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final PortsEnMemoire ports = espace.ports();
    private final Espion hacheur = new Espion(ports.hacheur, ports.transactions);
    private final EspaceEntreprise.Comptes comptes = new EspaceEntreprise(new Ports(ports.stockage(), hacheur,
            ports.robustesse, ports.generateur, ports.redaction, ports.mailSender, ports.horloge),
            PortsEnMemoire.REGLAGES).comptes();
    private final SeConnecter seConnecter = comptes.seConnecter();
    private final Utilisateur compte = espace.compteActif();

    private Resultat tenter(Utilisateur utilisateur, String motDePasse) {
        return seConnecter.seConnecter(espace.connexion(utilisateur, motDePasse));
    }

    private void assertAucunCalculDansUneTransaction() {
        assertTrue(hacheur.appels > 0, "the login checked a password");
        assertEquals(List.of(), hacheur.dansUneTransaction);
    }

    @Test
    void the_right_password() {
        assertInstanceOf(Resultat.Reussie.class, tenter(compte, MOT_DE_PASSE));

        assertAucunCalculDansUneTransaction();
    }

    @Test
    void a_wrong_password() {
        assertEquals(new Resultat.Refusee(), tenter(compte, "pas le bon mot de passe"));

        assertAucunCalculDansUneTransaction();
    }

    @Test
    void an_unknown_numero() {
        seConnecter.seConnecter(new SeConnecter.Commande(new NumeroAdherent("19999999"),
                MOT_DE_PASSE.toCharArray(), IP));

        assertAucunCalculDansUneTransaction();
    }

    @Test
    void a_temporary_password() {
        espace.motDePasseProvisoireEnvoye(compte, "Provisoire-ABCD-2345");

        assertInstanceOf(Resultat.Reussie.class, tenter(compte, "Provisoire-ABCD-2345"));

        assertAucunCalculDansUneTransaction();
    }

    @Test
    void a_password_whose_hash_is_rehashed_with_today_s_parameters() {
        espace.identifiants.ajouter(Identifiants.rehydrater(compte.id(),
                HacheurFactice.VERSION_ANCIENNE + MOT_DE_PASSE, null, Temporisation.AUCUNE, compte.email(), null,
                null));

        assertInstanceOf(Resultat.Reussie.class, tenter(compte, MOT_DE_PASSE));

        assertEquals(1, hacheur.hachages);
        assertEquals(Optional.of(HacheurFactice.empreinteDe(MOT_DE_PASSE)),
                espace.identifiants.de(compte.id()).empreinteMotDePasse());
        assertAucunCalculDansUneTransaction();
    }

    @Test
    void a_password_and_the_code_of_a_second_factor() {
        Utilisateur gestionnaire = espace.gestionnaire();

        assertInstanceOf(Resultat.Reussie.class, tenter(gestionnaire, MOT_DE_PASSE));

        assertAucunCalculDansUneTransaction();
    }

    @Test
    void a_password_changed_in_one_s_account() {
        SessionAuthentifiee session = espace.connecter(compte);
        hacheur.oublier();

        comptes.changerMotDePasse().changer(new ChangerMotDePasse.Commande(session, MOT_DE_PASSE.toCharArray(),
                "Gravier-Horizon-Tulipe-58".toCharArray(), IP));

        assertEquals(1, hacheur.hachages);
        assertAucunCalculDansUneTransaction();
    }

    @Test
    void a_wrong_current_password_when_changing_it() {
        SessionAuthentifiee session = espace.connecter(compte);
        hacheur.oublier();

        assertThrows(RegleMetierException.class, () -> comptes.changerMotDePasse().changer(
                new ChangerMotDePasse.Commande(session, "pas le bon".toCharArray(),
                        "Gravier-Horizon-Tulipe-58".toCharArray(), IP)));

        assertAucunCalculDansUneTransaction();
    }

    /** Notes each hash or verification made while a transaction is running. */
    private static final class Espion implements PasswordHasher {

        private final PasswordHasher hacheur;
        private final TransactionsEnMemoire transactions;
        private final List<String> dansUneTransaction = new ArrayList<>();
        private int appels;
        private int hachages;

        Espion(PasswordHasher hacheur, TransactionsEnMemoire transactions) {
            this.hacheur = hacheur;
            this.transactions = transactions;
        }

        /** Forgets what the set-up computed. */
        void oublier() {
            dansUneTransaction.clear();
            appels = 0;
            hachages = 0;
        }

        private void noter(String calcul) {
            appels++;
            if (transactions.enCours()) {
                dansUneTransaction.add(calcul);
            }
        }

        @Override
        public String hacher(char[] motDePasse) {
            noter("hacher");
            hachages++;
            return hacheur.hacher(motDePasse);
        }

        @Override
        public boolean correspond(char[] motDePasse, String empreinte) {
            noter("correspond");
            return hacheur.correspond(motDePasse, empreinte);
        }

        @Override
        public boolean doitEtreRehache(String empreinte) {
            return hacheur.doitEtreRehache(empreinte);
        }

        @Override
        public void simulerVerification(char[] motDePasse) {
            noter("simulerVerification");
            hacheur.simulerVerification(motDePasse);
        }
    }
}
