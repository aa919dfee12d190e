package fr.espaceentreprise.adapters.persistence.demande;

import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** The entreprises and accounts the rows of demandes point to, stored for the tests. */
final class Demandeurs {

    private static final AtomicInteger NUMEROS = new AtomicInteger(42_000_000);

    private Demandeurs() {
    }

    static Entreprise uneEntreprise(DSLContext dsl, String raisonSociale) {
        Entreprise entreprise = UneEntreprise.nommee(raisonSociale).build();
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        return entreprise;
    }

    /** An account of that entreprise, with a numéro d'adhérent no other test of the JVM uses. */
    static UtilisateurId unCompteDe(DSLContext dsl, Entreprise entreprise) {
        return enregistrer(dsl, UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(numero()).build());
    }

    private static UtilisateurId enregistrer(DSLContext dsl, Utilisateur utilisateur) {
        new JooqUtilisateurRepository(dsl).enregistrer(utilisateur);
        return utilisateur.id();
    }

    private static String numero() {
        return Integer.toString(NUMEROS.incrementAndGet());
    }
}
