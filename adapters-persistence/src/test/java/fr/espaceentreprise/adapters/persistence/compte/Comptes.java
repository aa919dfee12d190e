package fr.espaceentreprise.adapters.persistence.compte;

import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** Accounts stored for the tests whose rows point to one (credentials, sessions, decisions, audit lines). */
final class Comptes {

    private static final AtomicInteger NUMEROS = new AtomicInteger(40_000_000);

    private Comptes() {
    }

    /** A gestionnaire account (it needs no entreprise nor mandataire) with a numéro d'adhérent of its own. */
    static UtilisateurId unCompte(DSLContext dsl) {
        Utilisateur utilisateur = UnUtilisateur.gestionnaire().numeroAdherent(nouveauNumero()).build();
        new JooqUtilisateurRepository(dsl).enregistrer(utilisateur);
        return utilisateur.id();
    }

    /** A numéro d'adhérent no other test of the JVM uses. */
    static String nouveauNumero() {
        return Integer.toString(NUMEROS.incrementAndGet());
    }
}
