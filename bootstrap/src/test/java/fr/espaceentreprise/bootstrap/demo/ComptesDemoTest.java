package fr.espaceentreprise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.application.compte.IdentifiantsRepository;
import fr.espaceentreprise.application.compte.PasswordHasher;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo logins of the README work on a freshly seeded database, and survive a restart unchanged. */
class ComptesDemoTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-27T10:00:00Z");

    private final Persistance persistance = Persistance.sur(PostgresTestDatabase.nouvelleSourceDeDonnees(),
            Clock.systemUTC(), CleDeChiffrement.nouvelle());
    private final Stockage stockage = persistance.stockage();
    private final PasswordHasher hacheur = persistance.hacheur();
    private final UtilisateurRepository utilisateurs = stockage.utilisateurs();
    private final IdentifiantsRepository identifiants = stockage.identifiants();
    private final CguRepository cgu = stockage.cgu();
    private final ComptesDemo comptes = new ComptesDemo(stockage, hacheur);

    @Test
    void the_readme_logins_are_ready_with_email_confirmed_and_current_terms_accepted() {
        semer();

        assertEquals(4, comptes.preparer(MAINTENANT));

        for (Map.Entry<String, String> connexion : ComptesDemo.CONNEXIONS.entrySet()) {
            Utilisateur utilisateur = utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(connexion.getKey()))
                    .orElseThrow();
            Identifiants stockes = identifiants.trouverParUtilisateur(utilisateur.id()).orElseThrow();
            assertTrue(hacheur.correspond(connexion.getValue().toCharArray(),
                    stockes.empreinteMotDePasse().orElseThrow()), connexion.getKey());
            assertTrue(stockes.aConfirme(utilisateur.email()));
            assertEquals(cgu.versionCourante(MAINTENANT).orElseThrow().version(),
                    cgu.derniereAcceptation(utilisateur.id()).orElseThrow().version());
        }
        for (String numero : ComptesDemo.CONNEXIONS.keySet()) {
            Utilisateur utilisateur = utilisateurs.trouverParNumeroAdherent(new NumeroAdherent(numero)).orElseThrow();
            assertEquals(SecretTotp.depuisBase32(ComptesDemo.SECRET_TOTP_DEMO),
                    stockage.secondsFacteurs().trouver(utilisateur.id()).orElseThrow().secret(),
                    numero + " has the demo's second factor, as the README says");
        }
        assertFalse(utilisateurs.trouverParNumeroAdherent(new NumeroAdherent("10000004")).isPresent(),
                "10000004 is left for the sign-up walk-through");
    }

    @Test
    void a_second_start_keeps_the_passwords_as_they_are() {
        semer();
        comptes.preparer(MAINTENANT);

        assertEquals(0, comptes.preparer(MAINTENANT.plusSeconds(60)));
    }

    private void semer() {
        new DonneesDemo(stockage).semer(LocalDate.of(2026, 11, 27));
    }
}
