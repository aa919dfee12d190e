package fr.espaceentreprise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.JooqTransactions;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.compte.Argon2PasswordHasher;
import fr.espaceentreprise.adapters.persistence.compte.JooqCguRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqIdentifiantsRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.cotisation.JooqAppelDeCotisationRepository;
import fr.espaceentreprise.adapters.persistence.demande.JooqDemandeRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandatRepository;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandataireRepository;
import fr.espaceentreprise.adapters.persistence.salarie.JooqSalarieRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The demo logins of the README work on a freshly seeded database, and survive a restart unchanged. */
class ComptesDemoTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-27T10:00:00Z");

    private final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private final Argon2PasswordHasher hacheur = new Argon2PasswordHasher();
    private final JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
    private final JooqIdentifiantsRepository identifiants = new JooqIdentifiantsRepository(dsl);
    private final JooqCguRepository cgu = new JooqCguRepository(dsl);
    private final ComptesDemo comptes = new ComptesDemo(new JooqTransactions(dsl), utilisateurs, identifiants, cgu,
            hacheur);

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
        new DonneesDemo(new JooqTransactions(dsl), new JooqEntrepriseRepository(dsl),
                new JooqMandataireRepository(dsl), new JooqMandatRepository(dsl), new JooqContratRepository(dsl),
                new JooqSalarieRepository(dsl), new JooqAppelDeCotisationRepository(dsl),
                new JooqDemandeRepository(dsl), utilisateurs)
                .semer(LocalDate.of(2026, 11, 27));
    }
}
